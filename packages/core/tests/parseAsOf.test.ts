import { describe, expect, it } from 'vitest';
import { fixedClock, InvalidInputError, parseAsOf } from '../src/index.js';

const clock = fixedClock('2026-01-28T09:00:00Z');

describe('parseAsOf', () => {
  it('answers the clock’s today when no day is given', () => {
    expect(parseAsOf(undefined, clock)).toBe('2026-01-28');
  });

  it('keeps a real day as given', () => {
    expect(parseAsOf('2024-02-29', clock)).toBe('2024-02-29');
  });

  it.each([['2025-02-30'], ['27/12/2025'], ['2025-12-27T00:00:00Z'], [20251227], [null]])(
    'refuses %j',
    (value) => {
      expect(() => parseAsOf(value, clock)).toThrow(
        new InvalidInputError([
          {
            field: 'asOf',
            message: `must be a real date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
          },
        ]),
      );
    },
  );
});
