import { describe, expect, it } from 'vitest';
import { todayUtc } from '../src/index.js';

describe('todayUtc', () => {
  it('gives the UTC civil date whatever the offset of the instant', () => {
    expect(todayUtc(new Date('2026-01-15T23:30:00-05:00'))).toBe('2026-01-16');
    expect(todayUtc(new Date('2026-01-16T00:30:00+02:00'))).toBe('2026-01-15');
  });

  it('pads months and days', () => {
    expect(todayUtc(new Date(Date.UTC(2025, 0, 5)))).toBe('2025-01-05');
  });
});
