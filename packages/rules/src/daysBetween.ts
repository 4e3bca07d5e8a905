import { dayNumber, digitsAt } from './civilDate.js';
import type { IsoDate } from './types.js';

function number(date: IsoDate): number {
  return dayNumber(digitsAt(date, 0, 4), digitsAt(date, 5, 2), digitsAt(date, 8, 2));
}

/**
 * Whole days from `from` to `to`, two valid `YYYY-MM-DD` dates: positive
 * when `to` is later.
 *
 * @example
 * daysBetween('2026-02-13', '2026-02-20'); // 7
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return number(to) - number(from);
}
