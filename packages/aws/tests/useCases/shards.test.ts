import { ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import {
  CAPACITY_REACHED_MESSAGE,
  CapacityReachedError,
  evaluateState,
  NO_SUBSCRIPTION_LIMITS,
  notifyChange,
  recordEvents,
  requestSubscription,
  type SubscriptionDeps,
  subscriptionCapacityReport,
  unsubscribe,
} from '@treatywatch/core';
import { RecordingSmsSender } from '@treatywatch/core/testing';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@treatywatch/emulators';
import { describe, expect, inject, it } from 'vitest';
import { DynamoRateLimiter, DynamoSubscriptionCapacity } from '../../src/dynamodb/index.js';
import { SnsNotifier, SnsSubscriptionChannel } from '../../src/sns/index.js';
import { localPorts, type ShardOptions } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';
import { createTestTopic, subscribeQueue } from '../helpers/subscriberQueue.js';

const source = { sourceIp: '203.0.113.5' };

async function shardedDeps(prefix: string, shards: ShardOptions) {
  const local = await localPorts(prefix, shards);
  const deps: SubscriptionDeps = {
    subscriptions: local.ports.subscriptions,
    channel: local.ports.channel,
    capacity: local.ports.capacity,
    sms: new RecordingSmsSender(),
    limiter: new DynamoRateLimiter({ client: local.clients.document, tableName: local.tableName }),
    limits: NO_SUBSCRIPTION_LIMITS,
    key: 'integration-test-key',
    clock: local.ports.clock,
  };
  return { local, deps };
}

async function topicSubscriptionCount(sns: SNSClient, topicArn: string): Promise<number> {
  const { Subscriptions = [] } = await sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }),
  );
  return Subscriptions.length;
}

const filtered = (n: number) => ({
  protocol: 'email',
  endpoint: `reader${n}@example.org`,
  states: [['UA', 'PL', 'FI', 'LT'][n % 4]],
});

describe('alert-topic shards on DynamoDB Local and the SNS emulator', () => {
  it('places 20 filtered subscribers on 4 shards of 5, refuses the 21st, and finds room in a fifth shard or after an unsubscription', async () => {
    const { local, deps } = await shardedDeps('shards-fill', {
      shardCount: 4,
      filterPoliciesPerTopic: 5,
    });
    const tokens: { id: string; manageToken: string }[] = [];
    for (let n = 0; n < 20; n += 1) {
      const result = await requestSubscription(deps, filtered(n), source);
      if (result.status === 'pending-confirmation') tokens.push(result);
    }
    expect(tokens).toHaveLength(20);
    for (const topicArn of local.topicArns) {
      expect(await topicSubscriptionCount(local.clients.sns, topicArn)).toBe(5);
    }
    const refused = await requestSubscription(deps, filtered(20), source).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CapacityReachedError);
    expect((refused as Error).message).toBe(CAPACITY_REACHED_MESSAGE);

    // One more shard: the operator raised alertTopicShards.
    const fifth = await createTestTopic(local.clients.sns);
    const topicArns = [...local.topicArns, fifth];
    const grown = {
      ...deps,
      channel: new SnsSubscriptionChannel({ client: local.clients.sns, topicArns }),
      capacity: new DynamoSubscriptionCapacity({
        client: local.clients.document,
        tableName: local.tableName,
        shardCount: 5,
        filterPoliciesPerTopic: 5,
      }),
    };
    await expect(requestSubscription(grown, filtered(20), source)).resolves.toMatchObject({
      status: 'pending-confirmation',
    });
    expect(await topicSubscriptionCount(local.clients.sns, fifth)).toBe(1);

    // Or an unsubscription frees a slot on the four.
    const [first] = tokens;
    if (first === undefined) throw new Error('no subscription');
    await unsubscribe(deps, { id: first.id, token: first.manageToken });
    await expect(requestSubscription(deps, filtered(21), source)).resolves.toMatchObject({
      status: 'pending-confirmation',
    });
    const report = await subscriptionCapacityReport(deps);
    expect(report.filterPolicies).toEqual({ used: 20, capacity: 20 });
  });

  it('never overfills a shard when 30 subscriptions race for 20 slots', async () => {
    const { local, deps } = await shardedDeps('shards-race', {
      shardCount: 4,
      filterPoliciesPerTopic: 5,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, n) => requestSubscription(deps, filtered(n), source)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(failures.every((e) => e instanceof CapacityReachedError)).toBe(true);
    const usage = await deps.capacity.usage();
    expect(usage.map((s) => s.filterPolicies)).toEqual([5, 5, 5, 5]);
    for (const topicArn of local.topicArns) {
      expect(await topicSubscriptionCount(local.clients.sns, topicArn)).toBe(5);
    }
  });

  it('delivers a change to every matching subscriber exactly once across shards, and to no other', async () => {
    const local = await localPorts('shards-fanout', { shardCount: 3 });
    const matching = await Promise.all(
      local.topicArns.map((arn) => subscribeQueue(local.clients, arn, { state: ['LT'] })),
    );
    const everything = await subscribeQueue(local.clients, local.topicArns[1] ?? '', null);
    const other = await Promise.all(
      local.topicArns.map((arn) => subscribeQueue(local.clients, arn, { state: ['UA'] })),
    );
    await recordEvents(local.ports, rawEvent.ltNotified);
    const [change] = (await evaluateState(local.ports, 'LT', '2025-07-01')).changes;
    if (change === undefined) throw new Error('no change');
    await notifyChange(local.ports, change);
    await notifyChange(local.ports, change);
    for (const queue of [...matching, everything]) {
      const received = await queue.receive(1);
      expect(received).toHaveLength(1);
      expect(received[0]?.attributes.state).toBe('LT');
      expect(await queue.receive(0)).toEqual([]);
    }
    for (const queue of other) expect(await queue.receive(0)).toEqual([]);
  });

  it('retries a publication that failed on one shard on that shard only', async () => {
    const local = await localPorts('shards-retry', { shardCount: 3 });
    const queues = await Promise.all(
      local.topicArns.map((arn) => subscribeQueue(local.clients, arn, null)),
    );
    const failing = local.topicArns[1];
    // A client whose Publish to shard 1 fails once, as a throttled or unavailable topic would.
    const client = new SNSClient({
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      endpoint: inject('snsEndpoint'),
    });
    let failures = 1;
    client.middlewareStack.add(
      (next) => async (args) => {
        const { input } = args as { input: { TopicArn?: string } };
        if (args && input.TopicArn === failing && failures > 0) {
          failures -= 1;
          throw new Error('shard 1 unavailable');
        }
        return next(args);
      },
      { step: 'initialize', name: 'failOneShard' },
    );
    const ports = {
      ...local.ports,
      notifier: new SnsNotifier({ client, topicArns: local.topicArns }),
    };
    await recordEvents(ports, rawEvent.ltNotified);
    const [change] = (await evaluateState(ports, 'LT', '2025-07-01')).changes;
    if (change === undefined) throw new Error('no change');

    await expect(notifyChange(ports, change)).rejects.toThrow('shard 1 unavailable');
    expect((await queues[0]?.receive(1))?.length).toBe(1);
    expect((await queues[1]?.receive(0))?.length).toBe(0);
    expect((await queues[2]?.receive(1))?.length).toBe(1);

    const retry = await notifyChange(ports, change);
    expect(retry.published.map((p) => p.shard)).toEqual([1]);
    expect((await queues[1]?.receive(1))?.length).toBe(1);
    for (const queue of [queues[0], queues[2]]) expect((await queue?.receive(0))?.length).toBe(0);
    expect((await ports.ledger.get(change.id))?.messageIds).toHaveLength(3);
    client.destroy();
  });
});
