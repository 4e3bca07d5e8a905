import type { SubscriptionCapacityReport } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { formatSubscriptionCapacity } from '../src/commands/subscriptionCapacityTable.js';

function report(policies: readonly number[], quota = 5): SubscriptionCapacityReport {
  const shards = policies.map((filterPolicies, shard) => ({
    shard,
    filterPolicies,
    quota,
    full: false,
    subscriptions: { email: filterPolicies, sms: 1, https: 0 },
    channel: { confirmed: 1, pending: filterPolicies, deleted: 0 },
  }));
  const used = policies.reduce((a, b) => a + b, 0);
  return {
    shardCount: policies.length,
    filterPoliciesPerTopic: quota,
    filterPolicies: { used, capacity: quota * policies.length },
    fullShards: policies.filter((p) => p >= quota).length,
    byProtocol: { email: used, sms: policies.length, https: 0 },
    byStatus: { confirmed: policies.length, pending: used, deleted: 0 },
    shards,
  };
}

describe('formatSubscriptionCapacity', () => {
  it('lists each shard against the quota, marks full ones, and says how much room is left', () => {
    const text = formatSubscriptionCapacity(report([5, 2]), { color: false });
    expect(text).toMatch(/^0\s+5\/5 full\s+5\s+1\s+0\s+1\s+5$/m);
    expect(text).toMatch(/^1\s+2\/5\s+2\s+1\s+0\s+1\s+2$/m);
    expect(text).toMatch(/^all\s+7\/10\s+7\s+2\s+0\s+2\s+7$/m);
    expect(text).toContain('3 subscriptions more fit on 1 of 2 shards');
  });

  it('says what to do when every shard is full', () => {
    const text = formatSubscriptionCapacity(report([5, 5]), { color: false });
    expect(text).toContain('Every shard is full');
    expect(text).toContain('alertTopicShards');
  });
});
