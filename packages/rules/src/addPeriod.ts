import { civilFromDayNumber, dayNumber, daysInMonth, digitsAt, formatCivil } from './civilDate.js';
import { InvalidDateError } from './errors.js';
import { isIsoDate } from './isIsoDate.js';
import type { IsoDate, NoticePeriod } from './types.js';

/**
 * Adds a notice period to a civil date in calendar units. A day that does not
 * exist in the target month clamps to the month's last day (DESIGN.md rule 2).
 * Throws {@link InvalidDateError} when `date` is not a real `YYYY-MM-DD` date.
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

/** {@link addPeriod} for a date already known to be valid (the hot path of `assess`). */
export function shiftDate(date: IsoDate, period: NoticePeriod): IsoDate {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  const { amount, unit } = period;
  if (unit === 'days') return civilFromDayNumber(dayNumber(year, month, day) + amount);
  const months = unit === 'years' ? amount * 12 : amount;
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
