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
 * again. Throws `InvalidInputError`, `NotFoundError`, `ForbiddenError`.
 */
export async function updateSubscription(
  deps: Pick<SubscriptionDeps, 'subscriptions' | 'channel'>,
  input: { readonly id: string; readonly token: string; readonly filter: unknown },
): Promise<UpdateSubscriptionResult> {
  const filter = parseSubscriptionFilter(input.filter);
  const record = await managedSubscription(deps.subscriptions, input.id, input.token);
  if (record.channelRef !== undefined) await deps.channel.setFilter(record.channelRef, filter);
  await deps.subscriptions.setFilter(record.id, filter);
  return { id: record.id, filter };
}
