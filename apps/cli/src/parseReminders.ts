import { InvalidInputError } from '@treatywatch/core';

/**
 * The days of `--reminders 30,7,1` as numbers, in the order given; the API
 * checks the range (1–365) and the count (at most 5). Anything that is not a
 * whole number is refused here, naming the option.
 *
 * @example
 * parseReminders('30, 7,1'); // [30, 7, 1]
 */
export function parseReminders(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,3}$/.test(part))) {
    throw new InvalidInputError([
      {
        field: '--reminders',
        message: `must be whole numbers of days separated by commas, such as 30,7,1; got ${JSON.stringify(text.slice(0, 32))}`,
      },
    ]);
  }
  return parts.map(Number);
}
