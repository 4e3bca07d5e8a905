import { describe, expect, it } from 'vitest';
import { DynamoSubscriptionCapacity } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();

async function capacity(shardCount = 2, filterPoliciesPerTopic = 3) {
  const tableName = await createTestTable(clients.dynamodb, 'capacity');
  return new DynamoSubscriptionCapacity({
    client: clients.document,
    tableName,
    shardCount,
    filterPoliciesPerTopic,
  });
}

describe('DynamoSubscriptionCapacity', () => {
  it('counts nothing on shards never used', async () => {
    expect(await (await capacity()).usage()).toEqual([
      { shard: 0, filterPolicies: 0, full: false, subscriptions: { email: 0, sms: 0, https: 0 } },
      { shard: 1, filterPolicies: 0, full: false, subscriptions: { email: 0, sms: 0, https: 0 } },
    ]);
  });

  it('takes slots up to the quota, even when 10 takers race for 3', async () => {
    const shards = await capacity(1, 3);
    const taken = await Promise.all(Array.from({ length: 10 }, () => shards.takeSlot(0)));
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect((await shards.usage())[0]?.filterPolicies).toBe(3);
  });

  it('takes no slot on a shard marked full until one is given back, and never counts below zero', async () => {
    const shards = await capacity();
    expect(await shards.takeSlot(1)).toBe(true);
    await shards.markFull(1);
    expect(await shards.takeSlot(1)).toBe(false);
    await shards.giveSlot(1);
    expect((await shards.usage())[1]).toMatchObject({ filterPolicies: 0, full: false });
    await shards.giveSlot(1);
    expect((await shards.usage())[1]?.filterPolicies).toBe(0);
    expect(await shards.takeSlot(1)).toBe(true);
  });

  it('counts subscriptions by protocol', async () => {
    const shards = await capacity();
    await shards.countSubscription(0, 'sms', 1);
    await shards.countSubscription(0, 'sms', 1);
    await shards.countSubscription(0, 'email', 1);
    await shards.countSubscription(0, 'sms', -1);
    await shards.countSubscription(1, 'https', -1);
    const [first, second] = await shards.usage();
    expect(first?.subscriptions).toEqual({ email: 1, sms: 1, https: 0 });
    expect(second?.subscriptions).toEqual({ email: 0, sms: 0, https: 0 });
  });

  it('refuses a shard that does not exist and a bad configuration', async () => {
    const shards = await capacity(2);
    await expect(shards.takeSlot(2)).rejects.toThrow(RangeError);
    await expect(shards.takeSlot(-1)).rejects.toThrow(RangeError);
    expect(
      () =>
        new DynamoSubscriptionCapacity({
          client: clients.document,
          tableName: 't',
          shardCount: 0,
          filterPoliciesPerTopic: 200,
        }),
    ).toThrow(/shardCount/);
  });
});
