/**
 * Handler factories for hosts other than Lambda's module-level entry points
 * (the local stack): each takes already-built adapters.
 */
export { type ApiHandlerDeps, apiRoutes, createApiHandler } from './api/createApiHandler.js';
export { jsonRoutes } from './api/jsonRoutes.js';
export { MAX_EVENTS_PER_REQUEST, MAX_WEBHOOK_BODY_BYTES, METRIC_NAMES } from './constants.js';
export * from './errors.js';
export type { ApiDeps, HttpRequest, HttpResponse, Route, RouteContext } from './http/Route.js';
export { createObservability, type Observability } from './Observability.js';
export { requiredEnv } from './requiredEnv.js';
export {
  createOnAssessmentChangeHandler,
  type OnAssessmentChangeDeps,
} from './streams/createOnAssessmentChangeHandler.js';
export { createOnEventHandler, type OnEventDeps } from './streams/createOnEventHandler.js';
export type { StreamBatchHandler } from './streams/StreamBatchHandler.js';
export {
  createSweepHandler,
  type ScheduledHandler,
  type SweepDeps,
  type SweepSummary,
} from './sweep/createSweepHandler.js';
export {
  createWebhookHandler,
  type HttpApiHandler,
  type WebhookDeps,
  type WebhookSecretSource,
} from './webhook/createWebhookHandler.js';
export { parseWebhookSecrets } from './webhook/parseWebhookSecrets.js';
