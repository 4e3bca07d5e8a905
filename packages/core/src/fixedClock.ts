import { todayUtc } from '@treatywatch/rules';
import type { Clock } from './ports.js';

/** A clock that stands still until a test moves it. */
export interface FixedClock extends Clock {
  /** Sets the instant, e.g. `'2026-01-01T00:00:00Z'`. */
  set(instant: string | Date): void;
  /** Moves forward (or back, with negative values) by whole days and milliseconds. */
  advance(by: { days?: number; milliseconds?: number }): void;
}

const DAY_MS = 86_400_000;

/**
 * A clock for tests, starting at `instant`.
 *
 * @example
 * const clock = fixedClock('2026-01-28T09:00:00Z');
 * clock.advance({ days: 1 });
 * clock.today(); // '2026-01-29'
 */
export function fixedClock(instant: string | Date): FixedClock {
  let current = toDate(instant);
  return {
    today: () => todayUtc(current),
    now: () => current.toISOString(),
    set: (next) => {
      current = toDate(next);
    },
    advance: ({ days = 0, milliseconds = 0 }) => {
      current = new Date(current.getTime() + days * DAY_MS + milliseconds);
    },
  };
}

function toDate(instant: string | Date): Date {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`);
  return date;
}
