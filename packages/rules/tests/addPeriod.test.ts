import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  DateOutOfRangeError,
  InvalidDateError,
  type NoticePeriod,
  periodEnd,
} from '../src/index.js';

const months = (amount: number): NoticePeriod => ({ amount, unit: 'months' });
const years = (amount: number): NoticePeriod => ({ amount, unit: 'years' });
const days = (amount: number): NoticePeriod => ({ amount, unit: 'days' });

describe('addPeriod', () => {
  it.each([
    ['2025-06-27', months(6), '2025-12-27'],
    ['2025-08-31', months(6), '2026-02-28'],
    ['2027-08-31', months(6), '2028-02-29'],
    ['2025-08-30', months(6), '2026-02-28'],
    ['2025-03-31', months(1), '2025-04-30'],
    ['2025-12-15', months(3), '2026-03-15'],
    ['2024-02-29', years(1), '2025-02-28'],
    ['2024-02-29', years(4), '2028-02-29'],
    ['2024-02-29', months(12), '2025-02-28'],
    ['2019-11-04', years(1), '2020-11-04'],
    ['2025-01-01', days(90), '2025-04-01'],
    ['2024-01-01', days(90), '2024-03-31'],
    ['2025-12-31', days(1), '2026-01-01'],
    ['2000-02-28', days(1), '2000-02-29'],
    ['1900-02-28', days(1), '1900-03-01'],
  ] as const)('adds to %s %o → %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it('throws InvalidDateError for an impossible date', () => {
    expect(() => addPeriod('2025-02-30', months(6))).toThrow(InvalidDateError);
  });

  it.each([
    ['9999-12-31', days(0), '9999-12-31'],
    ['9999-06-30', months(6), '9999-12-30'],
    ['9999-10-03', days(89), '9999-12-31'],
  ] as const)('reaches the last writable day from %s %o → %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it.each([
    ['9999-09-01', months(6)],
    ['9999-12-31', days(1)],
    ['9999-10-04', days(90)],
    ['9998-01-01', years(3)],
  ] as const)('refuses %s %o: the result would need a five-digit year', (date, period) => {
    expect(periodEnd(date, period)).toBeNull();
    expect(() => addPeriod(date, period)).toThrow(DateOutOfRangeError);
  });
});
