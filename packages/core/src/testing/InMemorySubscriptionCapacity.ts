import { PROTOCOLS, type Protocol, type ShardUsage, type SubscriptionCapacity } from '../ports.js';

interface Counts {
  filterPolicies: number;
  full: boolean;
  subscriptions: Record<Protocol, number>;
}

/**
 * A `SubscriptionCapacity` in memory, for tests of the use cases: a slot is
 * taken only below the quota on a shard not marked full, as the DynamoDB
 * adapter's conditional update does.
 */
export class InMemorySubscriptionCapacity implements SubscriptionCapacity {
  readonly shardCount: number;
  readonly filterPoliciesPerTopic: number;
  readonly #shards: Counts[];

  constructor(
    options: { readonly shardCount?: number; readonly filterPoliciesPerTopic?: number } = {},
  ) {
    this.shardCount = options.shardCount ?? 1;
    this.filterPoliciesPerTopic = options.filterPoliciesPerTopic ?? 200;
    this.#shards = Array.from({ length: this.shardCount }, () => ({
      filterPolicies: 0,
      full: false,
      subscriptions: Object.fromEntries(PROTOCOLS.map((p) => [p, 0])) as Record<Protocol, number>,
    }));
  }

  async takeSlot(shard: number): Promise<boolean> {
    const counts = this.#at(shard);
    if (counts.full || counts.filterPolicies >= this.filterPoliciesPerTopic) return false;
    counts.filterPolicies += 1;
    return true;
  }

  async giveSlot(shard: number): Promise<void> {
    const counts = this.#at(shard);
    counts.filterPolicies = Math.max(0, counts.filterPolicies - 1);
    counts.full = false;
  }

  async markFull(shard: number): Promise<void> {
    this.#at(shard).full = true;
  }

  async countSubscription(shard: number, protocol: Protocol, delta: 1 | -1): Promise<void> {
    const counts = this.#at(shard);
    counts.subscriptions[protocol] = Math.max(0, counts.subscriptions[protocol] + delta);
  }

  async usage(): Promise<ShardUsage[]> {
    return this.#shards.map((counts, shard) => ({
      shard,
      filterPolicies: counts.filterPolicies,
      full: counts.full,
      subscriptions: { ...counts.subscriptions },
    }));
  }

  #at(shard: number): Counts {
    const counts = this.#shards[shard];
    if (counts === undefined)
      throw new RangeError(`no shard ${shard}: there are ${this.shardCount}`);
    return counts;
  }
}
