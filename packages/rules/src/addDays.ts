import { civilFromDayNumber, dayNumber, digitsAt } from './civilDate.js';
import type { IsoDate } from './types.js';

/**
 * A valid `YYYY-MM-DD` date moved by `days` whole days (negative: earlier).
 *
 * @example
 * addDays('2026-03-01', -1); // '2026-02-28'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = dayNumber(digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2));
  return civilFromDayNumber(day + days);
}
