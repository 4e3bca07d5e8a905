import { addDays } from './addDays.js';
import { MAX_REMINDER_LEAD_DAYS } from './constants.js';
import type { Assessment, IsoDate } from './types.js';

/**
 * The first day a countdown reminder may go out for `assessment`: the
 * longest lead time (365 days) before its effective date, when it is a
 * withdrawal pending with a known date; else `null`. From that day until the
 * day before the effective date, the withdrawal is due for a reminder every day.
 *
 * @example
 * reminderWindowStart(polandPending); // '2025-02-20' (effective on 2026-02-20)
 */
export function reminderWindowStart(
  assessment: Pick<Assessment, 'status' | 'effectiveOn'>,
): IsoDate | null {
  const { status, effectiveOn } = assessment;
  if (status !== 'withdrawal-pending' || effectiveOn === null) return null;
  return addDays(effectiveOn, -MAX_REMINDER_LEAD_DAYS);
}
