import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { type AssessmentStore, type Clock, type EventStore, sweepDue } from '@treatywatch/core';
import type { IsoDate } from '@treatywatch/rules';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { METRIC_NAMES } from '../constants.js';
import { createObservability, type Observability } from '../Observability.js';

/** What `createSweepHandler` needs. */
export interface SweepDeps extends Partial<Observability> {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  /** Its `today()` is the day swept. */
  readonly clock: Clock;
}

/** What one sweep did, as returned to the scheduler (and logged). */
export interface SweepSummary {
  readonly asOf: IsoDate;
  readonly due: number;
  readonly states: readonly string[];
  /** Ids of the status changes written. */
  readonly changes: readonly string[];
}

/** An EventBridge scheduled-event handler. */
export type ScheduledHandler = (event: ScheduledEvent, context?: Context) => Promise<SweepSummary>;

/**
 * The daily sweep: evaluates the states whose assessments are due for review
 * today (a withdrawal taking effect, a notice period expiring), reading only
 * the due index. Errors propagate so the scheduler's retry policy applies.
 */
export function createSweepHandler(deps: SweepDeps): ScheduledHandler {
  const { logger, metrics } = createObservability('sweep', deps);

  return async (_event, context) => {
    if (context) logger.addContext(context);
    const result = await sweepDue(deps, deps.clock.today());
    const summary: SweepSummary = {
      asOf: result.asOf,
      due: result.due,
      states: result.states,
      changes: result.changes.map((change) => change.id),
    };
    logger.info('sweep done', { ...summary });
    metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, result.changes.length);
    metrics.publishStoredMetrics();
    return summary;
  };
}
