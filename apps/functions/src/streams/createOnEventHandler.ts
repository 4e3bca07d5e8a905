import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { eventFromImage } from '@treatywatch/aws/dynamodb';
import {
  type AssessmentStore,
  type Clock,
  type EvaluateStateResult,
  type EventStore,
  evaluateState,
} from '@treatywatch/core';
import { METRIC_NAMES } from '../constants.js';
import { createObservability, type Observability } from '../Observability.js';
import { processStreamBatch } from './processStreamBatch.js';
import type { StreamBatchHandler } from './StreamBatchHandler.js';
import { streamImage } from './streamImage.js';

/** What `createOnEventHandler` needs. */
export interface OnEventDeps extends Partial<Observability> {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly clock: Clock;
}

/**
 * Stream consumer for new event items: evaluates each state named in the batch
 * once, however many of its events arrived together. When a state's evaluation
 * fails, every record of that state is reported as a batch item failure and the
 * other states are unaffected. Evaluation writes only what changed, so a
 * redelivered batch is harmless.
 */
export function createOnEventHandler(deps: OnEventDeps): StreamBatchHandler {
  const { logger, metrics } = createObservability('on-event', deps);

  return async (event, context) => {
    if (context) logger.addContext(context);
    const evaluations = new Map<string, Promise<EvaluateStateResult>>();
    const evaluateOnce = (state: string): Promise<EvaluateStateResult> => {
      let evaluation = evaluations.get(state);
      if (!evaluation) {
        evaluation = evaluateState(deps, state);
        evaluations.set(state, evaluation);
      }
      return evaluation;
    };

    const response = await processStreamBatch(
      event,
      async (record) => {
        const image = streamImage(record, 'NewImage');
        const stored = image ? eventFromImage(image) : null;
        if (stored === null) {
          logger.warn('stream record is not an event item; skipped', {
            eventName: record.eventName,
            sequenceNumber: record.dynamodb?.SequenceNumber,
          });
          return;
        }
        await evaluateOnce(stored.state);
      },
      { logger, context },
    );

    let changes = 0;
    for (const [state, evaluation] of evaluations) {
      try {
        const result = await evaluation;
        changes += result.changes.length;
        logger.info('state evaluated', {
          state,
          asOf: result.asOf,
          written: result.written,
          changes: result.changes.map((c) => c.id),
        });
      } catch (error) {
        logger.error('state evaluation failed', { state, error });
      }
    }
    metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, changes);
    metrics.publishStoredMetrics();
    if (response.batchItemFailures.length > 0) {
      logger.warn('batch items failed', { failures: response.batchItemFailures.length });
    }
    return response;
  };
}
