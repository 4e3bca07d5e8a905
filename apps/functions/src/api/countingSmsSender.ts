import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { DirectSmsSender } from '@treatywatch/core';
import { METRIC_NAMES } from '../constants.js';

/**
 * `sender`, counting each verification SMS it sends as the metric the daily
 * budget's alarm watches.
 */
export function countingSmsSender(sender: DirectSmsSender, metrics: Metrics): DirectSmsSender {
  return {
    async send(message) {
      await sender.send(message);
      if (message.purpose === 'verification') {
        metrics.addMetric(METRIC_NAMES.verificationSmsSent, MetricUnit.Count, 1);
      }
    },
  };
}
