import { InvalidInputError } from '@treatywatch/core';
import type { IsoDate } from '@treatywatch/rules';
import { isIsoDate } from '@treatywatch/rules';

/**
 * Parses the `--as-of` option: a civil date `YYYY-MM-DD` that exists in the
 * calendar (`2025-02-30` does not).
 *
 * @throws {InvalidInputError} for anything else.
 */
export function parseAsOf(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidInputError([{ field: '--as-of', message: `not a calendar date: ${value}` }], {
      message: `option --as-of must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    });
  }
  return value;
}
