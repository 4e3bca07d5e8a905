import { InvalidInputError } from '@treatywatch/core';
import { STATUSES } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { filterPolicyFor } from '../src/sns/index.js';

const test = { kind: ['test'], subscription: ['sub-1'] };

describe('filterPolicyFor', () => {
  it.each([
    [{}, [{ kind: ['change'] }, test]],
    [{ states: [] }, [{ kind: ['change'] }, test]],
    [{ states: ['UA'] }, [{ kind: ['change'], state: ['UA'] }, test]],
    [
      { states: ['UA', 'PL'], treaties: ['apmbc'], statuses: ['withdrawn'] },
      [{ kind: ['change'], state: ['UA', 'PL'], treaty: ['apmbc'], status: ['withdrawn'] }, test],
    ],
    [{ states: ['UA', 'UA'] }, [{ kind: ['change'], state: ['UA'] }, test]],
    [
      { states: ['UA'], statuses: ['withdrawn'], reminders: [30, 7] },
      [
        { kind: ['change'], state: ['UA'], status: ['withdrawn'] },
        { kind: ['reminder'], leadDays: ['30', '7'], state: ['UA'] },
        test,
      ],
    ],
    [
      { treaties: ['apmbc'], cadence: 'weekly' },
      [{ kind: ['digest'], cadence: ['weekly'], treaty: ['apmbc'] }, test],
    ],
  ] as const)('maps %j to a policy with one branch per kind of message', (filter, branches) => {
    expect(filterPolicyFor(filter, 'sub-1')).toEqual({ $or: branches });
  });

  it('accepts exactly 150 combinations over all branches', () => {
    const states = Array.from({ length: 29 }, (_, i) => `S${i}`);
    // 29 × 5 (changes) + 1 (test) = 146; with 4 reminders on one state more it would pass 150.
    expect(filterPolicyFor({ states, statuses: STATUSES.slice(0, 5) }, 'sub-1').$or).toHaveLength(
      2,
    );
    const thirty = Array.from({ length: 30 }, (_, i) => `S${i}`);
    expect(() =>
      filterPolicyFor({ states: thirty, statuses: STATUSES.slice(0, 5) }, 'sub-1'),
    ).toThrow(/151 combinations/);
  });

  it('refuses more than 150 combinations and names the field to narrow', () => {
    const states = Array.from({ length: 25 }, (_, i) => `S${i}`);
    const attempt = () => filterPolicyFor({ states, statuses: [...STATUSES] }, 'sub-1');
    expect(attempt).toThrow(InvalidInputError);
    expect(attempt).toThrow(
      /states: the filter makes 176 combinations \(25 states × 7 statuses\); SNS allows at most 150/,
    );
  });

  it('counts reminders against the limit with the states they cover', () => {
    const states = Array.from({ length: 40 }, (_, i) => `S${i}`);
    expect(() => filterPolicyFor({ states, statuses: ['withdrawn'] }, 'sub-1')).not.toThrow();
    expect(() =>
      filterPolicyFor({ states, statuses: ['withdrawn'], reminders: [30, 7, 1] }, 'sub-1'),
    ).toThrow(/161 combinations \(40 states × 1 statuses \+ 3 reminders × 40 states\)/);
  });
});
