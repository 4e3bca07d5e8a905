import type { Digest, IsoDate, Reminder } from '@treatywatch/rules';
import type { SweepPorts } from './ports.js';
import { sendDigests } from './sendDigests.js';
import { sendReminders } from './sendReminders.js';
import { type SweepDueResult, sweepDue } from './sweepDue.js';

/** What the daily sweep did. */
export interface DailySweepResult extends SweepDueResult {
  /** Countdown reminders published now. */
  readonly reminders: readonly Reminder[];
  /** Digests published now. */
  readonly digests: readonly Digest[];
}

/**
 * The scheduler's job, once a day (00:05 UTC): evaluates the states whose
 * assessments are due (`sweepDue`, through the due index only), then sends
 * the day's countdown reminders for those assessments as they now stand
 * (`sendReminders`) and the digests of the period that ended yesterday
 * (`sendDigests`). Every publication goes through the ledger, so a re-run
 * sends nothing twice. The digests go out even when a reminder failed; the
 * first failure is rethrown at the end, so that the scheduler retries.
 */
export async function dailySweep(deps: SweepPorts, asOf?: IsoDate): Promise<DailySweepResult> {
  const swept = await sweepDue(deps, asOf);
  let reminders: Awaited<ReturnType<typeof sendReminders>> = { sent: [], upcoming: [] };
  let failure: unknown;
  try {
    reminders = await sendReminders(deps, swept.asOf, swept.dueAssessments);
  } catch (error) {
    failure = error;
  }
  const digests = await sendDigests(deps, swept.asOf, reminders.upcoming);
  if (failure !== undefined) throw failure;
  return { ...swept, reminders: reminders.sent, digests };
}
