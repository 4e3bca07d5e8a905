/** The longest reminders text read from a form: five lead times of three digits, with separators. */
const MAX_REMINDERS_TEXT = 64;

/**
 * The reminders typed in a form (days separated by commas or spaces) as the
 * request's `reminders`: each whole number becomes a number, anything else
 * stays text so the use case names it (`reminders[1]`). A text longer than
 * 64 characters is refused whole, as too many items.
 *
 * @example
 * reminderDays('30, 7 1'); // [30, 7, 1]
 * reminderDays('30, seven'); // [30, 'seven']
 */
export function reminderDays(text: string): (number | string)[] {
  if (text.length > MAX_REMINDERS_TEXT) return Array.from({ length: MAX_REMINDERS_TEXT }, () => 0);
  return text
    .split(/[\s,]+/)
    .filter((day) => day !== '')
    .map((day) => (/^\d{1,4}$/.test(day) ? Number(day) : day));
}
