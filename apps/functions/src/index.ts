/**
 * Handler factories for hosts other than Lambda's module-level entry points
 * (the local stack): each takes already-built adapters.
 */
export type { ApiDeps } from './api/ApiDeps.js';
export { type ApiAppDeps, createApiApp } from './api/createApiApp.js';
export { type ApiHandlerDeps, createApiHandler } from './api/createApiHandler.js';
export { MAX_EVENTS_PER_REQUEST, MAX_WEBHOOK_BODY_BYTES, METRIC_NAMES } from './constants.js';
export * from './errors.js';
export { clientIp } from './http/clientIp.js';
export type { HttpHostOptions } from './http/createHttpApp.js';
export type { HttpEnv } from './http/HttpEnv.js';
export { HTTP_API_ROUTES, type HttpApiRoute } from './http/httpApiRoutes.js';
export type { HttpApiHandler } from './http/lambdaHandler.js';
export { honoPath } from './http/registerRoutes.js';
export { createObservability, type Observability } from './Observability.js';
export { requiredEnv } from './requiredEnv.js';
export {
  createOnAssessmentChangeHandler,
  type OnAssessmentChangeDeps,
} from './streams/createOnAssessmentChangeHandler.js';
export { createOnEventHandler, type OnEventDeps } from './streams/createOnEventHandler.js';
export type { StreamBatchHandler } from './streams/StreamBatchHandler.js';
export { withSmsLink } from './streams/withSmsLink.js';
export {
  createSweepHandler,
  type ScheduledHandler,
  type SweepDeps,
  type SweepSummary,
} from './sweep/createSweepHandler.js';
export {
  createWebhookApp,
  type WebhookAppDeps,
  type WebhookDeps,
  type WebhookSecretSource,
} from './webhook/createWebhookApp.js';
export { createWebhookHandler } from './webhook/createWebhookHandler.js';
export { parseWebhookSecrets } from './webhook/parseWebhookSecrets.js';
