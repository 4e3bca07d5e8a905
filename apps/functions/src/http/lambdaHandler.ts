import type { Logger } from '@aws-lambda-powertools/logger';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { HttpEnv } from './HttpEnv.js';

/** An API Gateway HTTP API (payload v2) handler. */
export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * Serves a Hono app as a Lambda function behind an HTTP API, with the Lambda
 * context on every log line. Every body the apps write is text (JSON, HTML,
 * Atom, iCalendar), so none is base64-encoded: Hono's default would encode
 * `text/calendar`.
 */
export function lambdaHandler(app: Hono<HttpEnv>, logger: Logger): HttpApiHandler {
  const answer = handle(app, { isContentTypeBinary: () => false });
  return async (event, context) => {
    if (context) logger.addContext(context);
    // Hono declares its own event types, stricter than @types/aws-lambda's (a required
    // `authorizer`, `body: string | null`) on fields the adapter does not read or reads
    // alike. A v2 event gets a v2 result.
    const result = await answer(event as unknown as Parameters<typeof answer>[0], context);
    return result as APIGatewayProxyStructuredResultV2;
  };
}
