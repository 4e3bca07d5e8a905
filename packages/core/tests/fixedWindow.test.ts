import { describe, expect, it } from 'vitest';
import { fixedWindow } from '../src/fixedWindow.js';

describe('fixedWindow', () => {
  it.each([
    ['1970-01-01T01:00:10Z', 3_600, { start: 3_600, retryAfterSeconds: 3_590 }],
    ['1970-01-01T01:00:00Z', 3_600, { start: 3_600, retryAfterSeconds: 3_600 }],
    ['1970-01-01T00:59:59.900Z', 3_600, { start: 0, retryAfterSeconds: 1 }],
    ['2026-12-02T10:30:00Z', 86_400, { start: 1_796_169_600, retryAfterSeconds: 48_600 }],
  ])('puts %s in the window of %i s %o', (now, windowSeconds, expected) => {
    expect(fixedWindow(now, windowSeconds)).toEqual(expected);
  });
});
