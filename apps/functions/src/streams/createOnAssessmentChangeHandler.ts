import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { assessmentFromImage, testAlertRequestFromImage } from '@treatywatch/aws/dynamodb';
import {
  type Clock,
  type NotificationLedger,
  type Notifier,
  notifyChange,
  publishTestAlert,
  toAssessment,
} from '@treatywatch/core';
import { diff } from '@treatywatch/rules';
import { METRIC_NAMES } from '../constants.js';
import { createObservability, type Observability } from '../Observability.js';
import { processStreamBatch } from './processStreamBatch.js';
import type { StreamBatchHandler } from './StreamBatchHandler.js';
import { streamImage } from './streamImage.js';

/** What `createOnAssessmentChangeHandler` needs. */
export interface OnAssessmentChangeDeps extends Partial<Observability> {
  readonly notifier: Notifier;
  readonly ledger: NotificationLedger;
  readonly clock: Clock;
}

/**
 * Stream consumer for written assessment items: compares the old and new image
 * and, when the status differs, publishes the change, in stream order. It also
 * sends the test alerts the api recorded (`test-alert` items; the api may not
 * publish on the alert topics), each once (`publishTestAlert`). The ledger
 * makes a redelivered record publish nothing twice; a failed publication is
 * reported as a batch item failure and published on the retry.
 */
export function createOnAssessmentChangeHandler(deps: OnAssessmentChangeDeps): StreamBatchHandler {
  const { logger, metrics } = createObservability('on-assessment-change', deps);

  return async (event, context) => {
    if (context) logger.addContext(context);
    let published = 0;
    let alreadyPublished = 0;

    const response = await processStreamBatch(
      event,
      async (record) => {
        const newImage = streamImage(record, 'NewImage');
        const request = newImage ? testAlertRequestFromImage(newImage) : null;
        if (request !== null) {
          const result = await publishTestAlert(deps, request);
          if (result.outcome === 'published') published += 1;
          logger.info('test alert request handled', {
            outcome: result.outcome,
            shard: request.shard,
            messageId: result.messageId,
          });
          return;
        }
        const oldImage = streamImage(record, 'OldImage');
        const next = newImage ? assessmentFromImage(newImage) : null;
        if (next === null) {
          logger.warn('stream record is neither an assessment nor a test-alert request; skipped', {
            eventName: record.eventName,
            sequenceNumber: record.dynamodb?.SequenceNumber,
          });
          return;
        }
        const previous = oldImage ? assessmentFromImage(oldImage) : null;
        const change = diff(previous === null ? null : toAssessment(previous), toAssessment(next));
        if (change === null) return;
        const result = await notifyChange(deps, change);
        if (result.published.length > 0) {
          published += result.published.length;
          logger.info('alert published', {
            changeId: change.id,
            shards: result.published.map((p) => p.shard),
            messageIds: result.published.map((p) => p.messageId),
            complete: result.complete,
          });
        } else {
          alreadyPublished += 1;
          logger.info('alert already published; skipped', {
            changeId: change.id,
            complete: result.complete,
          });
        }
      },
      { logger, context },
    );

    metrics.addMetric(METRIC_NAMES.alertsPublished, MetricUnit.Count, published);
    metrics.publishStoredMetrics();
    if (response.batchItemFailures.length > 0) {
      logger.warn('batch items failed', {
        failures: response.batchItemFailures.length,
        published,
        alreadyPublished,
      });
    }
    return response;
  };
}
