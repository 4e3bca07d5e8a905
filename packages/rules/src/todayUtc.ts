import { formatCivil } from './civilDate.js';
import type { IsoDate } from './types.js';

/**
 * Today's civil date in UTC, `YYYY-MM-DD`. Pass `now` to pin the clock.
 *
 * @example
 * todayUtc(new Date('2026-01-15T23:30:00-05:00')); // '2026-01-16'
 */
export function todayUtc(now: Date = new Date()): IsoDate {
  return formatCivil(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}
