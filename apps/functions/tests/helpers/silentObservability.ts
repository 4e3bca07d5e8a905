import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Observability } from '../../src/Observability.js';

/** A logger and metrics that write nothing, so test output stays readable. */
export function silentObservability(): Observability {
  return {
    logger: new Logger({ serviceName: 'treatywatch-tests', logLevel: 'SILENT' }),
    metrics: new Metrics({
      namespace: 'TreatyWatchTests',
      serviceName: 'tests',
      singleMetric: false,
    }),
  };
}
