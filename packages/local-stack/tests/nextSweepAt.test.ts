import { describe, expect, it } from 'vitest';
import { nextSweepAt } from '../src/SweepTimer.js';

describe('nextSweepAt', () => {
  it.each([
    ['2026-01-01T00:04:59.000Z', '2026-01-01T00:05:00.000Z'],
    ['2026-01-01T00:05:00.000Z', '2026-01-02T00:05:00.000Z'],
    ['2026-02-28T23:59:00.000Z', '2026-03-01T00:05:00.000Z'],
  ])('after %s is %s, as the deployed schedule runs', (now, next) => {
    expect(nextSweepAt(new Date(now)).toISOString()).toBe(next);
  });
});
