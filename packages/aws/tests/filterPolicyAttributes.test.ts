import { describe, expect, it } from 'vitest';
import { filterPolicyAttributes } from '../src/sns/index.js';

describe('filterPolicyAttributes', () => {
  it('sets the filter policy on message attributes', () => {
    expect(filterPolicyAttributes({ states: ['UA'], statuses: ['withdrawn'] })).toEqual({
      FilterPolicy: '{"state":["UA"],"status":["withdrawn"]}',
      FilterPolicyScope: 'MessageAttributes',
    });
  });

  it('sets nothing for a filter that selects everything', () => {
    expect(filterPolicyAttributes({ states: [] })).toBeUndefined();
  });
});
