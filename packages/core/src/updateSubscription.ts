import { CapacityReachedError, ShardFullError } from './errors.js';
import { filterSelectsAll } from './filterSelectsAll.js';
import { managedSubscription } from './managedSubscription.js';
import { parseSubscriptionFilter } from './parseSubscriptionRequest.js';
import type { SubscriptionFilter } from './ports.js';
import type { SubscriptionDeps } from './requestSubscription.js';

/** A subscription after its filters changed. */
export interface UpdateSubscriptionResult {
  readonly id: string;
  readonly filter: SubscriptionFilter;
}

/**
 * Replaces the filters of a subscription, given its manage token: on the
 * channel's own subscription (SNS `SetSubscriptionAttributes`), then on the
 * record. How an owner changes what they receive, instead of subscribing
 * again. A subscription that selected everything and now filters needs a
 * filter-policy slot on its own shard (`CapacityReachedError` when it has
 * none, nothing changed); one that stops filtering gives its slot back.
 * Throws `InvalidInputError`, `NotFoundError`, `ForbiddenError`,
 * `CapacityReachedError`.
 */
export async function updateSubscription(
  deps: Pick<SubscriptionDeps, 'subscriptions' | 'channel' | 'capacity'>,
  input: { readonly id: string; readonly token: string; readonly filter: unknown },
): Promise<UpdateSubscriptionResult> {
  const filter = parseSubscriptionFilter(input.filter);
  const record = await managedSubscription(deps.subscriptions, input.id, input.token);
  const { channelRef, shard } = record;
  const hadSlot = record.filterSlot === true;
  const needsSlot = !filterSelectsAll(filter);
  if (channelRef === undefined || shard === undefined) {
    // Not subscribed on the channel (yet): only the record changes.
    await deps.subscriptions.setFilter(record.id, filter, false);
    return { id: record.id, filter };
  }
  const takes = needsSlot && !hadSlot;
  if (takes && !(await deps.capacity.takeSlot(shard))) {
    throw new CapacityReachedError(deps.capacity.shardCount);
  }
  try {
    await deps.channel.setFilter(channelRef, filter);
  } catch (error) {
    if (takes) await deps.capacity.giveSlot(shard);
    if (!(error instanceof ShardFullError)) throw error;
    await deps.capacity.markFull(shard);
    throw new CapacityReachedError(deps.capacity.shardCount);
  }
  await deps.subscriptions.setFilter(record.id, filter, needsSlot);
  if (hadSlot && !needsSlot) await deps.capacity.giveSlot(shard);
  return { id: record.id, filter };
}
