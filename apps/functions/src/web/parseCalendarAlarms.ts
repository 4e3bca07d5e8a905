import { InvalidInputError } from '@treatywatch/core';

/** Bounds of `?alarms=`: how many reminders, how many days before, and the raw text's length. */
export const CALENDAR_ALARMS = { maxCount: 5, minDays: 1, maxDays: 365, maxLength: 32 } as const;

const refuse = (message: string): InvalidInputError =>
  new InvalidInputError([{ field: 'alarms', message }]);

/**
 * The reminders asked for by `/calendar.ics?alarms=30,7,1`: whole numbers of
 * days before each upcoming effective date, each from 1 to 365, at most 5,
 * repeats dropped, largest first. Absent or empty means none. Throws
 * `InvalidInputError` naming `alarms` for anything else; the text is
 * refused by its length before it is split.
 *
 * @example
 * parseCalendarAlarms('1,30,7,7'); // [30, 7, 1]
 */
export function parseCalendarAlarms(raw: string | undefined): number[] {
  const { maxCount, minDays, maxDays, maxLength } = CALENDAR_ALARMS;
  const expected = `must be up to ${maxCount} whole numbers of days from ${minDays} to ${maxDays}, separated by commas, such as 30,7,1`;
  if (raw === undefined || raw.trim() === '') return [];
  if (raw.length > maxLength) throw refuse(`${expected}; got ${raw.length} characters`);
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.length > maxCount) throw refuse(`${expected}; got ${parts.length} values`);
  const days = parts.map((part) => {
    const value = /^\d{1,3}$/.test(part) ? Number(part) : Number.NaN;
    if (!(value >= minDays && value <= maxDays)) {
      throw refuse(`${expected}; got ${JSON.stringify(part)}`);
    }
    return value;
  });
  return [...new Set(days)].sort((a, b) => b - a);
}
