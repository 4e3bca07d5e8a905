import { InvalidInputError } from '@treatywatch/core';
import { STATUSES } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { filterPolicyFor } from '../src/sns/index.js';

describe('filterPolicyFor', () => {
  it.each([
    [{}, null],
    [{ states: [] }, null],
    [{ states: ['UA'] }, { state: ['UA'] }],
    [
      { states: ['UA', 'PL'], treaties: ['apmbc'], statuses: ['withdrawn'] },
      { state: ['UA', 'PL'], treaty: ['apmbc'], status: ['withdrawn'] },
    ],
    [{ states: ['UA', 'UA'] }, { state: ['UA'] }],
  ] as const)('maps %j to %j', (filter, policy) => {
    expect(filterPolicyFor(filter)).toEqual(policy);
  });

  it('accepts exactly 150 combinations', () => {
    const states = Array.from({ length: 30 }, (_, i) => `S${i}`);
    expect(filterPolicyFor({ states, statuses: STATUSES.slice(0, 5) })).not.toBeNull();
  });

  it('refuses more than 150 combinations and names the field to narrow', () => {
    const states = Array.from({ length: 25 }, (_, i) => `S${i}`);
    const attempt = () => filterPolicyFor({ states, statuses: [...STATUSES] });
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(
      /states: the filter makes 175 combinations \(25 states × 7 statuses\); SNS allows at most 150/,
    );
  });
});
