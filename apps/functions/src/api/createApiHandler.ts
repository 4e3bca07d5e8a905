import { answerRequest } from '../http/answerRequest.js';
import { dispatch } from '../http/dispatch.js';
import type { ApiDeps, Route, RouteContext } from '../http/Route.js';
import { toHttpRequest } from '../http/toHttpRequest.js';
import { createObservability, type Observability } from '../Observability.js';
import { webRoutes } from '../web/routes.js';
import type { HttpApiHandler } from '../webhook/createWebhookHandler.js';
import { jsonRoutes } from './jsonRoutes.js';

/** What `createApiHandler` needs: the stores, the subscription channel and a clock. */
export interface ApiHandlerDeps extends ApiDeps, Partial<Observability> {}

/** Every route of the public API: JSON first, then the HTML, Atom and iCalendar ones. */
export const apiRoutes: readonly Route[] = [...jsonRoutes, ...webRoutes];

/**
 * The public HTTP API (API Gateway payload v2). JSON by default; routes that
 * produce HTML answer browsers (`Accept: text/html`). Unknown routes 404, wrong
 * methods 405, and every error becomes a response in `errorResponse`, never a
 * stack trace.
 */
export function createApiHandler(deps: ApiHandlerDeps): HttpApiHandler {
  const observability = createObservability('api', deps);
  const { logger, metrics } = observability;
  const context: RouteContext = { deps, logger };

  return async (event, lambdaContext) => {
    if (lambdaContext) logger.addContext(lambdaContext);
    const request = toHttpRequest(event);
    const response = await answerRequest(request, 'api', observability, () =>
      dispatch(apiRoutes, request, context),
    );
    // The API's routes record no metrics: there is one only when the request was refused.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    return response;
  };
}
