import { describe, expect, it } from 'vitest';
import { daysUntil } from '../../src/web/daysUntil.js';

describe('daysUntil', () => {
  it.each([
    ['2025-12-01', '2025-12-27', 26],
    ['2025-12-27', '2025-12-27', 0],
    ['2025-03-29', '2025-03-31', 2],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-01-01', '2025-12-31', -1],
  ])('counts from %s to %s as %i days', (from, to, days) => {
    expect(daysUntil(from, to)).toBe(days);
  });
});
