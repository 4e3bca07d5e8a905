import { MAX_REMINDER_LEAD_DAYS } from './constants.js';
import { daysBetween } from './daysBetween.js';
import type { Assessment, IsoDate, Reminder } from './types.js';

/**
 * The countdown reminder `assessment` calls for on `day`: a withdrawal
 * pending with an effective date 1 to 365 days later, with that many lead
 * days; else `null`.
 *
 * @example
 * reminderOn(polandPending, '2026-02-13');
 * // { id: 'PL#apmbc#effective@2026-02-20#7d', state: 'PL', treaty: 'apmbc', effectiveOn: '2026-02-20', leadDays: 7 }
 */
export function reminderOn(
  assessment: Pick<Assessment, 'state' | 'treaty' | 'status' | 'effectiveOn'>,
  day: IsoDate,
): Reminder | null {
  const { state, treaty, status, effectiveOn } = assessment;
  if (status !== 'withdrawal-pending' || effectiveOn === null) return null;
  const leadDays = daysBetween(day, effectiveOn);
  if (leadDays < 1 || leadDays > MAX_REMINDER_LEAD_DAYS) return null;
  return {
    id: `${state}#${treaty}#effective@${effectiveOn}#${leadDays}d`,
    state,
    treaty,
    effectiveOn,
    leadDays,
  };
}
