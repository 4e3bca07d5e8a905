import { describe, expect, it } from 'vitest';
import { filterPolicyAttributes } from '../src/sns/index.js';

describe('filterPolicyAttributes', () => {
  it('sets the filter policy on message attributes', () => {
    expect(filterPolicyAttributes({ states: ['UA'], statuses: ['withdrawn'] }, 'sub-9')).toEqual({
      FilterPolicy:
        '{"$or":[{"kind":["change"],"state":["UA"],"status":["withdrawn"]},{"kind":["test"],"subscription":["sub-9"]}]}',
      FilterPolicyScope: 'MessageAttributes',
    });
  });

  it('sets a policy even for preferences that select every change: it names the kinds of message', () => {
    expect(JSON.parse(filterPolicyAttributes({ states: [] }, 'sub-9').FilterPolicy)).toEqual({
      $or: [{ kind: ['change'] }, { kind: ['test'], subscription: ['sub-9'] }],
    });
  });
});
