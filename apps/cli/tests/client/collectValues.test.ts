import { describe, expect, it } from 'vitest';
import { collectValues } from '../../src/client/collectValues.js';

describe('collectValues', () => {
  it('adds each value of a repeated option', () => {
    expect(collectValues('PL', collectValues('UA'))).toEqual(['UA', 'PL']);
  });

  it('splits comma-separated values and drops empty ones', () => {
    expect(collectValues(' UA, PL,,LT ')).toEqual(['UA', 'PL', 'LT']);
  });
});
