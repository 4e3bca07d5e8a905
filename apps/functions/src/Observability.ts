import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DEFAULT_METRICS_NAMESPACE, DEFAULT_SERVICE_NAME } from './constants.js';

/** Structured logs and metrics of one function. */
export interface Observability {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * A Powertools Logger (JSON lines) and Metrics (EMF) for `functionName`, named
 * by `POWERTOOLS_SERVICE_NAME` / `POWERTOOLS_METRICS_NAMESPACE` when set. Pass
 * your own to a handler factory to route them elsewhere; setting
 * `POWERTOOLS_METRICS_DISABLED=true` keeps metrics off stdout in local runs.
 */
export function createObservability(
  functionName: string,
  overrides: Partial<Observability> = {},
): Observability {
  const logger =
    overrides.logger ??
    new Logger({
      serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? DEFAULT_SERVICE_NAME,
      persistentKeys: { function: functionName },
    });
  const metrics =
    overrides.metrics ??
    new Metrics({
      namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? DEFAULT_METRICS_NAMESPACE,
      serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? DEFAULT_SERVICE_NAME,
      defaultDimensions: { function: functionName },
    });
  return { logger, metrics };
}
