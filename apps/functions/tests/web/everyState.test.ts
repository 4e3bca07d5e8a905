import { STATE_CODES } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { everyState } from '../../src/web/everyState.js';

describe('everyState', () => {
  it('offers every ISO 3166-1 alpha-2 code the API accepts, once each', () => {
    const codes = everyState().map((c) => c.value);
    expect(codes).toHaveLength(STATE_CODES.length);
    expect(new Set(codes)).toEqual(new Set(STATE_CODES));
  });

  it('names every code from CLDR, never with the bare code', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const { value, label } of everyState()) {
      expect(names.of(value)).toBe(label);
      expect(label).not.toBe(value);
    }
  });

  it('is sorted by English name', () => {
    const labels = everyState().map((c) => c.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    expect(everyState().find((c) => c.value === 'NZ')?.label).toBe('New Zealand');
  });
});
