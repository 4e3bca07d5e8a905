import { describe, expect, it } from 'vitest';
import {
  digestMatches,
  localFilterPolicyAttributes,
} from '../src/subscribers/emulatedDigestFilter.js';

describe('the local stack’s digest filtering', () => {
  it('leaves the digest branch its kind and cadence, and every other branch as SNS has it', () => {
    const policy = JSON.parse(
      localFilterPolicyAttributes(
        { states: ['PL'], statuses: ['withdrawn'], reminders: [7], cadence: 'daily' },
        'sub-1',
      ).FilterPolicy,
    );
    expect(policy).toEqual({
      $or: [
        { kind: ['digest'], cadence: ['daily'] },
        { kind: ['reminder'], leadDays: ['7'], state: ['PL'] },
        { kind: ['test'], subscription: ['sub-1'] },
      ],
    });
  });

  it.each([
    [{}, { state: '["PL","FI"]' }, true],
    [{ states: ['FI'] }, { state: '["PL","FI"]' }, true],
    [{ states: ['UA'] }, { state: '["PL","FI"]' }, false],
    [{ states: ['PL'], statuses: ['withdrawn'] }, { state: '["PL"]', status: '["party"]' }, false],
    [{ treaties: ['apmbc'] }, { treaty: 'apmbc' }, true],
    [{ states: ['PL'] }, {}, false],
  ] as const)('matches %j against %j: %s', (filter, attributes, expected) => {
    expect(digestMatches(filter, attributes)).toBe(expected);
  });
});
