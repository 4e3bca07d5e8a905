import { getConnInfo } from 'hono/aws-lambda';
import type { HttpApiHandler } from '../http/lambdaHandler.js';
import { lambdaHandler } from '../http/lambdaHandler.js';
import { createObservability, type Observability } from '../Observability.js';
import type { ApiDeps } from './ApiDeps.js';
import { createApiApp } from './createApiApp.js';

/** What `createApiHandler` needs: the stores, the subscription channel and a clock. */
export interface ApiHandlerDeps extends ApiDeps, Partial<Observability> {}

/** The public API's app (`createApiApp`) as a Lambda function behind the HTTP API (payload v2). */
export function createApiHandler(deps: ApiHandlerDeps): HttpApiHandler {
  const observability = createObservability('api', deps);
  const app = createApiApp({ ...deps, ...observability, getConnInfo });
  return lambdaHandler(app, observability.logger);
}
