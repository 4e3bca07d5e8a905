import type { IsoDate } from '@treatywatch/rules';

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * Both are civil dates, so the count ignores time zones and daylight saving.
 *
 * @example
 * daysUntil('2025-12-31', '2026-01-27') // 27
 */
export function daysUntil(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
