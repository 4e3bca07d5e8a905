import { civilFromDayNumber, dayNumber, daysInMonth, digitsAt, formatCivil } from './civilDate.js';
import { DateOutOfRangeError, InvalidDateError } from './errors.js';
import { isIsoDate } from './isIsoDate.js';
import type { IsoDate, NoticePeriod } from './types.js';

/** The last day a `YYYY-MM-DD` date can name. */
export const LAST_DATE: IsoDate = '9999-12-31';
const LAST_DAY_NUMBER = dayNumber(9999, 12, 31);

/**
 * Adds a notice period to a civil date in calendar units. A day that does not
 * exist in the target month clamps to the month's last day (docs/rules.md,
 * Evaluation rule 3). Throws {@link InvalidDateError} when `date` is not a
 * real `YYYY-MM-DD` date, and {@link DateOutOfRangeError} when the result
 * would fall after 9999-12-31.
 *
 * @example
 * addPeriod('2025-08-31', { amount: 6, unit: 'months' }); // '2026-02-28'
 * addPeriod('2027-08-31', { amount: 6, unit: 'months' }); // '2028-02-29'
 * addPeriod('2024-02-29', { amount: 1, unit: 'years' });  // '2025-02-28'
 * addPeriod('2025-01-01', { amount: 90, unit: 'days' });  // '2025-04-01'
 */
export function addPeriod(date: IsoDate, period: NoticePeriod): IsoDate {
  if (!isIsoDate(date)) throw new InvalidDateError(date);
  return shiftDate(date, period);
}

/** {@link addPeriod} for a date already known to be valid (the walk of `assess`). */
export function shiftDate(date: IsoDate, period: NoticePeriod): IsoDate {
  const end = periodEnd(date, period);
  if (end === null) throw new DateOutOfRangeError(date, period);
  return end;
}

/**
 * The day a period from a valid `date` ends, or `null` when it would fall
 * after 9999-12-31, a day no `YYYY-MM-DD` date can name: validation refuses
 * such input rather than let a five-digit year through.
 */
export function periodEnd(date: IsoDate, period: NoticePeriod): IsoDate | null {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  const { amount, unit } = period;
  if (unit === 'days') {
    const target = dayNumber(year, month, day) + amount;
    return target > LAST_DAY_NUMBER ? null : civilFromDayNumber(target);
  }
  const months = unit === 'years' ? amount * 12 : amount;
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  if (targetYear > 9999) return null;
  const targetMonth = index - targetYear * 12 + 1;
  return formatCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
