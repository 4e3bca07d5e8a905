import { CapacityReachedError, ShardFullError } from './errors.js';
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
 * Replaces the preferences of a subscription (states, treaties, statuses,
 * reminders, cadence), given its manage token: on the channel's own
 * subscription (SNS `SetSubscriptionAttributes`), then on the record. How an
 * owner changes what they receive, instead of subscribing again. A
 * subscription made before preferences existed may hold no filter-policy
 * slot: it takes one on its own shard now (`CapacityReachedError` when there
 * is none, nothing changed). Throws `InvalidInputError`, `NotFoundError`,
 * `ForbiddenError`, `CapacityReachedError`.
 */
export async function updateSubscription(
  deps: Pick<SubscriptionDeps, 'subscriptions' | 'channel' | 'capacity'>,
  input: { readonly id: string; readonly token: string; readonly filter: unknown },
): Promise<UpdateSubscriptionResult> {
  const filter = parseSubscriptionFilter(input.filter);
  const record = await managedSubscription(deps.subscriptions, input.id, input.token);
  const { channelRef, shard } = record;
  if (channelRef === undefined || shard === undefined) {
    // Not subscribed on the channel (yet): only the record changes.
    await deps.subscriptions.setFilter(record.id, filter, false);
    return { id: record.id, filter };
  }
  const takes = record.filterSlot !== true;
  if (takes && !(await deps.capacity.takeSlot(shard))) {
    throw new CapacityReachedError(deps.capacity.shardCount);
  }
  try {
    await deps.channel.setFilter(channelRef, filter, record.id);
  } catch (error) {
    if (takes) await deps.capacity.giveSlot(shard);
    if (!(error instanceof ShardFullError)) throw error;
    await deps.capacity.markFull(shard);
    throw new CapacityReachedError(deps.capacity.shardCount);
  }
  await deps.subscriptions.setFilter(record.id, filter, true);
  return { id: record.id, filter };
}
