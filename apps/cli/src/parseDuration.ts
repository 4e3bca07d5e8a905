import { InvalidInputError } from '@treatywatch/core';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Parses a duration option such as `--sweep-interval`: a number with a unit
 * `ms`, `s`, `m` or `h` (`500ms`, `30s`, `5m`, `1h`), or a bare number of
 * milliseconds.
 *
 * @throws {InvalidInputError} for anything else, or a duration of zero.
 */
export function parseDuration(value: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const amount = match ? Number(match[1]) * (UNITS[match[2] ?? 'ms'] ?? 1) : Number.NaN;
  if (!Number.isFinite(amount) || amount < 1) {
    throw new InvalidInputError([{ field: option, message: `not a duration: ${value}` }], {
      message: `${option} must be a duration such as 30s, 5m or 1h, got ${JSON.stringify(value)}`,
    });
  }
  return Math.round(amount);
}
