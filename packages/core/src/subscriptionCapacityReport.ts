import type {
  Protocol,
  ShardSubscriptions,
  ShardUsage,
  SubscriptionCapacity,
  SubscriptionChannel,
} from './ports.js';

/** One shard in the operator's view: the capacity ledger's counts and SNS's own. */
export interface ShardReport extends ShardUsage {
  /** Filter policies the shard's topic may hold. */
  readonly quota: number;
  /** Subscriptions on the shard's topic by confirmation status, as SNS counts them. */
  readonly channel: ShardSubscriptions;
}

/** The operator's view of subscription capacity. It names no endpoint. */
export interface SubscriptionCapacityReport {
  readonly shardCount: number;
  readonly filterPoliciesPerTopic: number;
  /** Filter policies in use and the most there may be, over every shard. */
  readonly filterPolicies: { readonly used: number; readonly capacity: number };
  /** Shards that can take no more subscriptions. */
  readonly fullShards: number;
  /** Subscriptions by protocol, over every shard. */
  readonly byProtocol: Readonly<Record<Protocol, number>>;
  /** Subscriptions by confirmation status, over every shard, as SNS counts them. */
  readonly byStatus: ShardSubscriptions;
  readonly shards: readonly ShardReport[];
}

/**
 * Per-shard filter-policy counts against the quota, full marks, and
 * subscriptions by protocol and by status: what an operator needs to see
 * when to add shards or raise the SNS quota.
 */
export async function subscriptionCapacityReport(deps: {
  readonly capacity: SubscriptionCapacity;
  readonly channel: SubscriptionChannel;
}): Promise<SubscriptionCapacityReport> {
  const { capacity, channel } = deps;
  const quota = capacity.filterPoliciesPerTopic;
  const usage = await capacity.usage();
  const shards = await Promise.all(
    usage.map(async (shard) => ({
      ...shard,
      quota,
      channel: await channel.shardSubscriptions(shard.shard),
    })),
  );
  const sum = (pick: (shard: ShardReport) => number) =>
    shards.reduce((total, shard) => total + pick(shard), 0);
  return {
    shardCount: capacity.shardCount,
    filterPoliciesPerTopic: quota,
    filterPolicies: { used: sum((s) => s.filterPolicies), capacity: quota * capacity.shardCount },
    fullShards: shards.filter((s) => s.full || s.filterPolicies >= quota).length,
    byProtocol: {
      email: sum((s) => s.subscriptions.email),
      sms: sum((s) => s.subscriptions.sms),
      https: sum((s) => s.subscriptions.https),
    },
    byStatus: {
      confirmed: sum((s) => s.channel.confirmed),
      pending: sum((s) => s.channel.pending),
      deleted: sum((s) => s.channel.deleted),
    },
    shards,
  };
}
