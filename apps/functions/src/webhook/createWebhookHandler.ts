import { getConnInfo } from 'hono/aws-lambda';
import { type HttpApiHandler, lambdaHandler } from '../http/lambdaHandler.js';
import { createObservability } from '../Observability.js';
import { createWebhookApp, type WebhookDeps } from './createWebhookApp.js';

/**
 * The signed webhook's app (`createWebhookApp`) as a Lambda function behind the
 * HTTP API (payload v2).
 *
 * @example
 * const handler = createWebhookHandler({ events, assessments, clock: systemClock, secrets: async () => ['s3cret'] });
 */
export function createWebhookHandler(deps: WebhookDeps): HttpApiHandler {
  const observability = createObservability('webhook', deps);
  const app = createWebhookApp({ ...deps, ...observability, getConnInfo });
  return lambdaHandler(app, observability.logger);
}
