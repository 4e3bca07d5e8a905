import { CapacityReachedError, ShardFullError } from './errors.js';
import type {
  ChannelStatus,
  SubscriptionCapacity,
  SubscriptionChannel,
  SubscriptionRequest,
} from './ports.js';

/** Where a subscription went and what the channel answered. */
export interface Placement {
  readonly channelRef: string;
  readonly status: ChannelStatus;
  readonly shard: number;
  /** Whether it holds a filter-policy slot on its shard. */
  readonly filterSlot: boolean;
}

/**
 * Subscribes `request` (subscription `subscriptionId`) on an alert-topic
 * shard with room. Every subscription carries a filter policy (it names at
 * least the kinds of message its preferences take: changes, reminders,
 * digests, its own test alerts), so each takes a slot on the least-used shard
 * that has one (conditional, so concurrent requests never overfill a shard); when SNS
 * refuses the policy anyway (`ShardFullError`: the count drifted, the quota
 * changed), the slot is given back, the shard marked full and the next shard
 * tried. Throws `CapacityReachedError` when no shard has room, and gives back
 * the slot when the channel fails otherwise.
 */
export async function placeSubscription(
  deps: { readonly channel: SubscriptionChannel; readonly capacity: SubscriptionCapacity },
  request: SubscriptionRequest,
  subscriptionId: string,
): Promise<Placement> {
  const { channel, capacity } = deps;
  const usage = await capacity.usage();
  const candidates = usage
    .filter((shard) => !shard.full && shard.filterPolicies < capacity.filterPoliciesPerTopic)
    .sort((a, b) => a.filterPolicies - b.filterPolicies || a.shard - b.shard)
    .map(({ shard }) => shard);
  for (const shard of candidates) {
    if (!(await capacity.takeSlot(shard))) continue;
    try {
      const subscribed = await channel.subscribe(request, shard, subscriptionId);
      await capacity.countSubscription(shard, request.protocol, 1);
      return { ...subscribed, shard, filterSlot: true };
    } catch (error) {
      await capacity.giveSlot(shard);
      if (!(error instanceof ShardFullError)) throw error;
      await capacity.markFull(shard);
    }
  }
  throw new CapacityReachedError(capacity.shardCount);
}

/**
 * Undoes a placement whose subscription could not be recorded: unsubscribes
 * and gives back the slot and the count, so nothing is left that nobody owns.
 */
export async function undoPlacement(
  deps: { readonly channel: SubscriptionChannel; readonly capacity: SubscriptionCapacity },
  placement: Placement,
  protocol: SubscriptionRequest['protocol'],
): Promise<void> {
  await deps.channel.unsubscribe(placement.channelRef).catch(() => undefined);
  await releasePlacement(deps.capacity, placement, protocol);
}

/** Gives back what a placement counted: its filter-policy slot, if any, and the subscription. */
export async function releasePlacement(
  capacity: SubscriptionCapacity,
  placement: { readonly shard: number; readonly filterSlot: boolean },
  protocol: SubscriptionRequest['protocol'],
): Promise<void> {
  if (placement.filterSlot) await capacity.giveSlot(placement.shard);
  await capacity.countSubscription(placement.shard, protocol, -1);
}
