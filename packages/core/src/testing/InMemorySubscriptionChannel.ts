import { parseSubscriptionRequest } from '../parseSubscriptionRequest.js';
import type { SubscriptionChannel, SubscriptionRecord, SubscriptionRequest } from '../ports.js';

/**
 * A `SubscriptionChannel` in memory, for tests of the use cases. As on SNS,
 * SMS subscriptions are active at once and email and https ones wait for
 * confirmation; unsubscribing an unknown reference is not an error. It
 * validates what it is given, as the SNS channel does.
 */
export class InMemorySubscriptionChannel implements SubscriptionChannel {
  readonly #active = new Map<string, SubscriptionRequest>();
  #count = 0;

  /** The subscriptions the channel holds now, by reference. */
  get subscriptions(): ReadonlyMap<string, SubscriptionRequest> {
    return this.#active;
  }

  async subscribe(
    request: SubscriptionRequest,
  ): Promise<{ channelRef: string; status: SubscriptionRecord['status'] }> {
    const valid = parseSubscriptionRequest(request);
    this.#count += 1;
    const channelRef = `in-memory-subscription-${this.#count}`;
    this.#active.set(channelRef, valid);
    return { channelRef, status: valid.protocol === 'sms' ? 'active' : 'pending-confirmation' };
  }

  async unsubscribe(channelRef: string): Promise<void> {
    this.#active.delete(channelRef);
  }
}
