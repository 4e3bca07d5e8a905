import { managedSubscription } from './managedSubscription.js';
import type {
  Protocol,
  SubscriptionFilter,
  SubscriptionStatus,
  SubscriptionStore,
} from './ports.js';

/** What a subscription's owner sees of it: never the full endpoint. */
export interface SubscriptionPreferences {
  readonly id: string;
  readonly protocol: Protocol;
  readonly endpointMasked: string;
  readonly status: SubscriptionStatus;
  readonly filter: SubscriptionFilter;
}

/**
 * A subscription's current preferences, given its manage token, for the
 * manage page: the masked endpoint, the protocol, where it stands and its
 * filter. Throws `NotFoundError`, `ForbiddenError`.
 */
export async function subscriptionPreferences(
  subscriptions: SubscriptionStore,
  input: { readonly id: string; readonly token: string },
): Promise<SubscriptionPreferences> {
  const record = await managedSubscription(subscriptions, input.id, input.token);
  return {
    id: record.id,
    protocol: record.protocol,
    endpointMasked: record.endpointMasked,
    status: record.status,
    filter: record.filter,
  };
}
