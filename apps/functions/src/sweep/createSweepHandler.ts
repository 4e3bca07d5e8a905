import { MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  type AssessmentStore,
  type Clock,
  dailySweep,
  type EventStore,
  type NotificationLedger,
  type Notifier,
} from '@treatywatch/core';
import type { IsoDate } from '@treatywatch/rules';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { METRIC_NAMES } from '../constants.js';
import { createObservability, type Observability } from '../Observability.js';

/** What `createSweepHandler` needs. */
export interface SweepDeps extends Partial<Observability> {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  /** Publishes the reminders and digests. */
  readonly notifier: Notifier;
  readonly ledger: NotificationLedger;
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
  /** Ids of the countdown reminders published. */
  readonly reminders: readonly string[];
  /** Ids of the digests published. */
  readonly digests: readonly string[];
}

/** An EventBridge scheduled-event handler. */
export type ScheduledHandler = (event: ScheduledEvent, context?: Context) => Promise<SweepSummary>;

/**
 * The daily sweep (`dailySweep`): evaluates the states whose assessments are
 * due today (a withdrawal taking effect, a notice period expiring, a reminder
 * day), reading only the due index, then sends the day's countdown reminders
 * and the digests of the period that ended yesterday. Errors propagate so the
 * scheduler's retry policy applies; a retry sends nothing twice.
 */
export function createSweepHandler(deps: SweepDeps): ScheduledHandler {
  const { logger, metrics } = createObservability('sweep', deps);

  return async (_event, context) => {
    if (context) logger.addContext(context);
    const result = await dailySweep(deps, deps.clock.today());
    const summary: SweepSummary = {
      asOf: result.asOf,
      due: result.due,
      states: result.states,
      changes: result.changes.map((change) => change.id),
      reminders: result.reminders.map((reminder) => reminder.id),
      digests: result.digests.map((digest) => digest.id),
    };
    logger.info('sweep done', { ...summary });
    metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, result.changes.length);
    metrics.publishStoredMetrics();
    return summary;
  };
}
