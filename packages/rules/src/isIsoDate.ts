import { daysInMonth, digitsAt } from './civilDate.js';

/**
 * Whether `s` is a real civil date written `YYYY-MM-DD` (zero-padded, no time,
 * no zone). Rejects days that do not exist, such as `2025-02-30`.
 *
 * @example
 * isIsoDate('2028-02-29'); // true
 * isIsoDate('2027-02-29'); // false
 * isIsoDate('2025-2-3');   // false
 */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 10) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
