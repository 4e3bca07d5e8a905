import { InvalidInputError } from '@treatywatch/core';
import ms from 'ms';

/**
 * Parses a duration option such as `--sweep-interval` with `ms`: a number with
 * a unit (`500ms`, `30s`, `5m`, `1h`, `2 days`), or a bare number of
 * milliseconds.
 *
 * @throws {InvalidInputError} for anything else, or a duration under 1 ms.
 */
export function parseDuration(value: string, option: string): number {
  let amount: number | undefined;
  try {
    // The option is free text: `ms` answers undefined for text it cannot read, and throws on ''.
    amount = ms(value.trim() as ms.StringValue);
  } catch {
    amount = undefined;
  }
  if (amount === undefined || !Number.isFinite(amount) || amount < 1) {
    throw new InvalidInputError([{ field: option, message: `not a duration: ${value}` }], {
      message: `${option} must be a duration such as 30s, 5m or 1h, got ${JSON.stringify(value)}`,
    });
  }
  return Math.round(amount);
}
