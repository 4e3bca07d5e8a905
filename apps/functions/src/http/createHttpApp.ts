import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { CapacityReachedError, RateLimitedError } from '@treatywatch/core';
import { Hono } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import { METRIC_NAMES } from '../constants.js';
import { RouteNotFoundError } from '../errors.js';
import type { Observability } from '../Observability.js';
import { errorResponse } from './errorResponse.js';
import type { HttpEnv } from './HttpEnv.js';

/** One `SubscriptionLimitHit`, with the limit as its dimension (a metric of its own, flushed at once). */
function countLimitHit(metrics: Observability['metrics'], error: RateLimitedError): void {
  const single = metrics.singleMetric();
  single.addDimension('limit', error.context.limit);
  single.addMetric(METRIC_NAMES.subscriptionLimitHit, MetricUnit.Count, 1);
}

/**
 * Counts an error answered with `status`, whether as JSON or as a page: a
 * refusal (below 500) is one `rejectedRequests`, and an abuse-limit hit also a
 * `SubscriptionLimitHit`; a 503 for capacity one `subscriptionCapacityReached`;
 * any other 5xx one `serverErrors`, which Lambda's own Errors metric misses
 * because the error is answered, not thrown.
 */
export function countAnsweredError(
  metrics: Observability['metrics'],
  error: unknown,
  status: number,
): void {
  if (error instanceof RateLimitedError) countLimitHit(metrics, error);
  if (status < 500) {
    metrics.addMetric(METRIC_NAMES.rejectedRequests, MetricUnit.Count, 1);
  } else if (error instanceof CapacityReachedError) {
    metrics.addMetric(METRIC_NAMES.subscriptionCapacityReached, MetricUnit.Count, 1);
  } else {
    metrics.addMetric(METRIC_NAMES.serverErrors, MetricUnit.Count, 1);
  }
}

/** How an HTTP app is hosted: the host's way of reading the caller's address. */
export interface HttpHostOptions {
  /** `getConnInfo` of `hono/aws-lambda` on Lambda, of `@hono/node-server/conninfo` locally. */
  readonly getConnInfo: GetConnInfo;
}

/**
 * A Hono app with what every HTTP function shares: a trailing slash is
 * tolerated, every request is logged as `<label> request` with its status, a
 * thrown error or an unknown route becomes a response in `errorResponse`,
 * counted by `countAnsweredError`, and metrics are
 * published once the response is made, so the Lambda and the local host behave
 * alike. Register the routes, then call `refuseOtherMethods`.
 *
 * @example
 * const app = createHttpApp('api', observability, { getConnInfo });
 * app.get('/status', (c) => jsonResponse(200, { assessments: [] }));
 * refuseOtherMethods(app);
 */
export function createHttpApp(
  label: string,
  { logger, metrics }: Observability,
  { getConnInfo }: HttpHostOptions,
): Hono<HttpEnv> {
  const app = new Hono<HttpEnv>({ strict: false });
  const refuse = (error: unknown): Response => {
    const response = errorResponse(error, logger);
    countAnsweredError(metrics, error, response.status);
    return response;
  };
  app.use(async (c, next) => {
    c.set('connInfo', getConnInfo);
    await next();
    logger.info(`${label} request`, {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
    });
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  });
  app.onError((error) => refuse(error));
  app.notFound((c) => refuse(new RouteNotFoundError(c.req.method, c.req.path)));
  return app;
}
