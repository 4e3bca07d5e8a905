import {
  effectiveDateHolds,
  type IsoDate,
  type Reminder,
  reminderMessages,
  reminderOn,
  type TreatyEvent,
  type TreatyId,
  type UpcomingDate,
} from '@treatywatch/rules';
import type { SweepPorts } from './ports.js';
import { publishOnEveryShard } from './publishOnEveryShard.js';

/** What sending the day's reminders did. */
export interface SendRemindersResult {
  /** Reminders published now on at least one shard. */
  readonly sent: readonly Reminder[];
  /** The withdrawals pending within the reminder window whose date holds, earliest first. */
  readonly upcoming: readonly UpcomingDate[];
}

/**
 * Sends `day`'s countdown reminders for the assessments the sweep found due
 * (`candidates`). Each is read again, as it stands now: a withdrawal pending
 * with an effective date 1 to 365 days ahead gets one reminder, with that
 * many lead days, published once on every shard per (state, treaty,
 * effective date, lead days) through the ledger, so a re-run or restarted
 * sweep sends none twice. None goes out for a date that no longer holds on
 * the recorded facts (a revocation, a retraction, or an armed conflict that
 * would suspend it; `effectiveDateHolds`). A failed publication does not
 * stop the others; the first failure is rethrown at the end.
 */
export async function sendReminders(
  deps: SweepPorts,
  day: IsoDate,
  candidates: readonly { readonly state: string; readonly treaty: TreatyId }[],
): Promise<SendRemindersResult> {
  const { events, assessments, notifier } = deps;
  const eventsOf = new Map<string, Promise<TreatyEvent[]>>();
  const seen = new Set<string>();
  const sent: Reminder[] = [];
  const upcoming: UpcomingDate[] = [];
  const failures: unknown[] = [];
  for (const { state, treaty } of candidates) {
    const key = `${state}#${treaty}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const current = await assessments.get(state, treaty);
    const reminder = current === null ? null : reminderOn(current, day);
    if (reminder === null) continue;
    if (!eventsOf.has(state)) eventsOf.set(state, events.listByState(state));
    const facts = (await eventsOf.get(state)) ?? [];
    if (!effectiveDateHolds(state, facts, treaty, reminder.effectiveOn)) continue;
    upcoming.push({ state, treaty, effectiveOn: reminder.effectiveOn });
    const messages = reminderMessages(reminder);
    try {
      const { published } = await publishOnEveryShard(
        deps,
        reminder.id,
        notifier.shardCount,
        (shard) => notifier.publishReminder(shard, reminder, messages),
      );
      if (published.length > 0) sent.push(reminder);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  upcoming.sort(
    (a, b) =>
      a.effectiveOn.localeCompare(b.effectiveOn) ||
      a.state.localeCompare(b.state) ||
      a.treaty.localeCompare(b.treaty),
  );
  return { sent, upcoming };
}
