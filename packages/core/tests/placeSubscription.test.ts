import { describe, expect, it } from 'vitest';
import { NO_SUBSCRIPTION_LIMITS } from '../src/constants.js';
import { CAPACITY_REACHED_MESSAGE, CapacityReachedError } from '../src/errors.js';
import { requestSubscription } from '../src/requestSubscription.js';
import { subscriptionCapacityReport } from '../src/subscriptionCapacityReport.js';
import { inMemorySubscriptionDeps } from '../src/testing/index.js';
import { unsubscribe } from '../src/unsubscribe.js';
import { updateSubscription } from '../src/updateSubscription.js';

const source = { sourceIp: '203.0.113.7' };

function shardedDeps(shardCount = 4, filterPoliciesPerTopic = 5) {
  return inMemorySubscriptionDeps(NO_SUBSCRIPTION_LIMITS, { shardCount, filterPoliciesPerTopic });
}

type Deps = ReturnType<typeof shardedDeps>;

async function subscribeEmail(deps: Deps, n: number, filter: object = { states: ['UA'] }) {
  const result = await requestSubscription(
    deps,
    { protocol: 'email', endpoint: `reader${n}@example.org`, ...filter },
    source,
  );
  if (result.status !== 'pending-confirmation') throw new Error('expected a manage token');
  return result;
}

const policiesByShard = async (deps: Deps) =>
  (await deps.capacity.usage()).map((shard) => shard.filterPolicies);

describe('placement on alert-topic shards', () => {
  it('places 20 filtered subscriptions on 4 shards of 5 and refuses the 21st with the capacity message', async () => {
    const deps = shardedDeps();
    for (let n = 0; n < 20; n += 1) await subscribeEmail(deps, n);
    expect(await policiesByShard(deps)).toEqual([5, 5, 5, 5]);

    const error = await subscribeEmail(deps, 20).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CapacityReachedError);
    expect((error as Error).message).toBe(CAPACITY_REACHED_MESSAGE);
    expect(deps.channel.subscriptions.size).toBe(20);
    // The refused endpoint is free to ask again once there is room.
    expect(deps.subscriptions.records.size).toBe(20);
  });

  it('makes room again when a filtered subscription ends', async () => {
    const deps = shardedDeps(1, 2);
    const first = await subscribeEmail(deps, 1);
    await subscribeEmail(deps, 2);
    await expect(subscribeEmail(deps, 3)).rejects.toBeInstanceOf(CapacityReachedError);
    await unsubscribe(deps, { id: first.id, token: first.manageToken });
    await expect(subscribeEmail(deps, 3)).resolves.toMatchObject({
      status: 'pending-confirmation',
    });
  });

  it('gives every subscription a slot, even one to every change: its policy names the kinds of message it takes', async () => {
    const deps = shardedDeps(2, 1);
    await subscribeEmail(deps, 1, {});
    await subscribeEmail(deps, 2, { reminders: [7], cadence: 'weekly' });
    expect(await policiesByShard(deps)).toEqual([1, 1]);
    await expect(subscribeEmail(deps, 3, {})).rejects.toBeInstanceOf(CapacityReachedError);
  });

  it('never overfills a shard when requests race', async () => {
    const deps = shardedDeps(3, 4);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) => subscribeEmail(deps, n)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(12);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.every((r) => r.reason instanceof CapacityReachedError)).toBe(true);
    expect(await policiesByShard(deps)).toEqual([4, 4, 4]);
    for (let shard = 0; shard < 3; shard += 1) {
      const onShard = [...deps.channel.subscriptions.values()].filter((s) => s.shard === shard);
      expect(onShard).toHaveLength(4);
    }
  });

  it('marks a shard full when SNS refuses a policy there, and places on the next', async () => {
    const deps = shardedDeps(2, 5);
    deps.channel.refuseFilterPolicies(0);
    deps.channel.refuseFilterPolicies(1);
    await expect(subscribeEmail(deps, 1)).rejects.toBeInstanceOf(CapacityReachedError);
    expect((await deps.capacity.usage()).map((s) => [s.filterPolicies, s.full])).toEqual([
      [0, true],
      [0, true],
    ]);

    const fresh = shardedDeps(2, 5);
    fresh.channel.refuseFilterPolicies(0);
    await subscribeEmail(fresh, 1);
    expect((await fresh.capacity.usage()).map((s) => [s.filterPolicies, s.full])).toEqual([
      [0, true],
      [1, false],
    ]);
    await subscribeEmail(fresh, 2);
    expect(await policiesByShard(fresh)).toEqual([0, 2]);
  });

  it('changes preferences on PATCH in the slot the subscription holds', async () => {
    const deps = shardedDeps(1, 1);
    const one = await subscribeEmail(deps, 1, {});
    await updateSubscription(deps, {
      id: one.id,
      token: one.manageToken,
      filter: { states: ['PL'], reminders: [30, 7], cadence: 'daily' },
    });
    expect(await policiesByShard(deps)).toEqual([1]);
    expect([...deps.channel.subscriptions.values()][0]?.filter).toEqual({
      states: ['PL'],
      reminders: [30, 7],
      cadence: 'daily',
    });
    await updateSubscription(deps, { id: one.id, token: one.manageToken, filter: {} });
    expect(await policiesByShard(deps)).toEqual([1]);
  });

  it('takes a slot on PATCH for a subscription made before preferences, or answers capacity', async () => {
    const deps = shardedDeps(1, 2);
    const old = await subscribeEmail(deps, 1, {});
    // As recorded before every subscription carried a policy: no slot.
    await deps.subscriptions.setFilter(old.id, {}, false);
    await deps.capacity.giveSlot(0);
    await subscribeEmail(deps, 2, {});
    // The channel counts the old policy too: it refuses a third, and the shard is marked full.
    await expect(subscribeEmail(deps, 3, {})).rejects.toBeInstanceOf(CapacityReachedError);
    expect((await deps.capacity.usage())[0]).toMatchObject({ filterPolicies: 1, full: true });
    await expect(
      updateSubscription(deps, { id: old.id, token: old.manageToken, filter: { states: ['FI'] } }),
    ).rejects.toBeInstanceOf(CapacityReachedError);
    expect((await deps.subscriptions.get(old.id))?.filter).toEqual({});
  });

  it('reports per-shard counts, the quota, and subscriptions by protocol and status', async () => {
    const deps = shardedDeps(2, 3);
    const one = await subscribeEmail(deps, 1);
    await subscribeEmail(deps, 2);
    await subscribeEmail(deps, 3, {});
    const ref = (await deps.subscriptions.get(one.id))?.channelRef ?? '';
    deps.channel.confirm(ref);
    const report = await subscriptionCapacityReport(deps);
    expect(report).toMatchObject({
      shardCount: 2,
      filterPoliciesPerTopic: 3,
      filterPolicies: { used: 3, capacity: 6 },
      fullShards: 0,
      byProtocol: { email: 3, sms: 0, https: 0 },
      byStatus: { confirmed: 1, pending: 2, deleted: 0 },
    });
    expect(report.shards.map((s) => s.quota)).toEqual([3, 3]);
    expect(JSON.stringify(report)).not.toContain('example.org');
  });
});
