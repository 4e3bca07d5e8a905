import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC_NAMES } from '../constants.js';
import { dispatch } from '../http/dispatch.js';
import { errorResponse } from '../http/errorResponse.js';
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
  const { logger, metrics } = createObservability('api', deps);
  const context: RouteContext = { deps, logger };

  return async (event, lambdaContext) => {
    if (lambdaContext) logger.addContext(lambdaContext);
    const request = toHttpRequest(event);
    try {
      const response = await dispatch(apiRoutes, request, context);
      logger.info('api request', {
        method: request.method,
        path: request.path,
        status: response.statusCode,
      });
      return response;
    } catch (error) {
      const response = errorResponse(error, logger);
      if (response.statusCode < 500) {
        metrics.addMetric(METRIC_NAMES.rejectedRequests, MetricUnit.Count, 1);
        metrics.publishStoredMetrics();
      }
      return response;
    }
  };
}
