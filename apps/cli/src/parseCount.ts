import { InvalidInputError } from '@treatywatch/core';

/**
 * Parses a count option: a whole number from 1 to `max` (default 999,999,999).
 *
 * @throws {InvalidInputError} naming the option, for anything else.
 */
export function parseCount(value: string, option: string, max = 999_999_999): number {
  const count = /^\d{1,10}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(count) || count < 1 || count > max) {
    throw new InvalidInputError([{ field: option, message: `not a count: ${value}` }], {
      message: `${option} must be a whole number from 1 to ${max.toLocaleString('en')}, got ${JSON.stringify(value)}`,
    });
  }
  return count;
}
