import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC_NAMES } from '../constants.js';
import type { Observability } from '../Observability.js';
import { errorResponse } from './errorResponse.js';
import type { HttpRequest, HttpResponse } from './Route.js';

/**
 * Answers one request of an HTTP function: `respond` makes the response, and
 * whatever it throws becomes one in `errorResponse`, never a stack trace. A
 * response made by `respond` is logged as `<label> request`; a refused request
 * (an error answered below 500) adds one `rejectedRequests` metric, which the
 * caller publishes.
 *
 * @example
 * const response = await answerRequest(request, 'api', { logger, metrics }, () =>
 *   dispatch(apiRoutes, request, context),
 * );
 */
export async function answerRequest(
  request: HttpRequest,
  label: string,
  { logger, metrics }: Observability,
  respond: () => Promise<HttpResponse>,
): Promise<HttpResponse> {
  try {
    const response = await respond();
    logger.info(`${label} request`, {
      method: request.method,
      path: request.path,
      status: response.statusCode,
    });
    return response;
  } catch (error) {
    const response = errorResponse(error, logger);
    if (response.statusCode < 500) {
      metrics.addMetric(METRIC_NAMES.rejectedRequests, MetricUnit.Count, 1);
    }
    return response;
  }
}
