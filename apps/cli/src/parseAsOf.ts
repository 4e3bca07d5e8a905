import type { IsoDate } from '@treatywatch/rules';
import { isIsoDate } from '@treatywatch/rules';
import { InvalidInputError } from './errors.js';

/**
 * Parses the `--as-of` option: a civil date `YYYY-MM-DD` that exists in the
 * calendar (`2025-02-30` does not).
 *
 * @throws {InvalidInputError} for anything else.
 */
export function parseAsOf(value: string): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidInputError(
      `option --as-of must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
