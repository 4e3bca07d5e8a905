import * as z from 'zod/mini';
import { managedSubscription } from './managedSubscription.js';
import { parseInput } from './parseInput.js';
import { releasePlacement } from './placeSubscription.js';
import type {
  Clock,
  SubscriptionCapacity,
  SubscriptionChannel,
  SubscriptionStore,
} from './ports.js';

const required = z
  .string({ error: 'is required (a non-empty string)' })
  .check(z.minLength(1, { error: 'is required (a non-empty string)' }));

/** What ending a subscription takes: its id and its manage token. */
const unsubscribeInputSchema = z.object(
  { id: required, token: required },
  { error: 'must be an object with id and token' },
);

/**
 * Ends a subscription, given its id and the manage token handed out when it
 * was made. `NotFoundError` for an unknown id, `ForbiddenError` for a wrong
 * token (compared in constant time). The endpoint is free to subscribe again,
 * and the subscription's filter-policy slot, if it held one, is free for another.
 */
export async function unsubscribe(
  deps: {
    channel: SubscriptionChannel;
    capacity: SubscriptionCapacity;
    subscriptions: SubscriptionStore;
    clock: Clock;
  },
  input: { id: string; token: string },
): Promise<void> {
  const { id, token } = parseInput(unsubscribeInputSchema, input, '(unsubscribe)');
  const record = await managedSubscription(deps.subscriptions, id, token);
  if (record.channelRef !== undefined) await deps.channel.unsubscribe(record.channelRef);
  const now = deps.clock.now();
  await deps.subscriptions.remove(id, now);
  if (record.shard !== undefined) {
    await releasePlacement(
      deps.capacity,
      { shard: record.shard, filterSlot: record.filterSlot === true },
      record.protocol,
    );
  }
  if (record.endpointKey !== undefined) {
    await deps.subscriptions.releaseEndpoint(record.endpointKey, id, now);
  }
}
