import {
  type AssessmentStore,
  type Clock,
  type EventStore,
  SIGNATURE_HEADER,
  verifySignature,
} from '@treatywatch/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { MAX_WEBHOOK_BODY_BYTES } from '../constants.js';
import { PayloadTooLargeError, UnauthorizedError } from '../errors.js';
import { answerRequest } from '../http/answerRequest.js';
import { dispatch } from '../http/dispatch.js';
import { toHttpRequest } from '../http/toHttpRequest.js';
import { createObservability, type Observability } from '../Observability.js';
import { webhookRoutes } from './webhookRoutes.js';

/** The secrets the webhook accepts right now; may cache (and refresh) them. */
export type WebhookSecretSource = () => Promise<readonly string[]>;

/** What `createWebhookHandler` needs: stores, a clock and the accepted secrets. */
export interface WebhookDeps extends Partial<Observability> {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  /** Also the time signatures are checked against. */
  readonly clock: Clock;
  readonly secrets: WebhookSecretSource;
}

/** An API Gateway HTTP API (payload v2) handler. */
export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

function bodyBytes(event: APIGatewayProxyEventV2): number {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64').length : Buffer.byteLength(body);
}

/**
 * The signed webhook: `POST /events` and `POST /evaluate`. Checks, in order and
 * before anything is read or written: body size (413), signature and its age
 * (401), route (404/405), body (400). Errors become responses in `errorResponse`.
 *
 * @example
 * const handler = createWebhookHandler({ events, assessments, clock: systemClock, secrets: async () => ['s3cret'] });
 */
export function createWebhookHandler(deps: WebhookDeps): HttpApiHandler {
  const observability = createObservability('webhook', deps);
  const { logger, metrics } = observability;
  const routeContext = { deps, metrics };

  return async (event, context) => {
    if (context) logger.addContext(context);
    const request = toHttpRequest(event);
    try {
      return await answerRequest(request, 'webhook', observability, async () => {
        const bytes = bodyBytes(event);
        if (bytes > MAX_WEBHOOK_BODY_BYTES)
          throw new PayloadTooLargeError(bytes, MAX_WEBHOOK_BODY_BYTES);
        const verdict = verifySignature({
          header: request.headers[SIGNATURE_HEADER.toLowerCase()],
          body: request.body,
          secrets: await deps.secrets(),
          now: new Date(deps.clock.now()),
        });
        if (!verdict.ok) throw new UnauthorizedError(verdict.problem, verdict.message);
        return dispatch(webhookRoutes, request, routeContext);
      });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
