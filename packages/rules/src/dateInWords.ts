import type { IsoDate } from './types.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A `YYYY-MM-DD` date in English words, for messages.
 *
 * @example
 * dateInWords('2026-02-20'); // '20 February 2026'
 */
export function dateInWords(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  if (year === undefined || day === undefined || name === undefined) return date;
  return `${day} ${name} ${year}`;
}
