import type { ChangeMessages } from '@treatywatch/rules';
import { ShardFullError } from '../errors.js';
import { parseSubscriptionRequest } from '../parseSubscriptionRequest.js';
import type {
  ChannelStatus,
  Protocol,
  ShardSubscriptions,
  SubscriptionChannel,
  SubscriptionFilter,
  SubscriptionRequest,
  TestAlertTarget,
} from '../ports.js';

/** A test alert as a subscriber received it. */
export interface InMemoryTestAlert {
  readonly channelRef: string;
  readonly endpoint: string;
  readonly subscriptionId: string;
  readonly messages: ChangeMessages;
}

/** A subscription the in-memory channel holds. */
export interface InMemoryChannelSubscription {
  readonly protocol: Protocol;
  readonly endpoint: string;
  readonly shard: number;
  /** The subscription (record) it belongs to: its test alerts reach it alone. */
  readonly subscriptionId: string;
  readonly filter: SubscriptionFilter;
  readonly confirmed: boolean;
}

/**
 * A `SubscriptionChannel` in memory, for tests of the use cases, with SNS's
 * behaviour: SMS subscriptions are active at once, email and https ones wait
 * for confirmation (`confirm`); subscribing an endpoint again on the same
 * shard answers the existing subscription (`already-subscribed` once an email
 * or https one is confirmed); unsubscribing an unknown reference is not an
 * error; every subscription carries a filter policy, and a shard holds at
 * most `filterPoliciesPerTopic`, past which `subscribe` throws `ShardFullError`.
 * `refuseFilterPolicies` makes a shard refuse every new policy, as a topic
 * whose quota was lowered does. It validates what it is given, as the SNS
 * channel does. A test alert (`testAlerts`) reaches the confirmed subscription
 * it is addressed to alone: every subscription this channel makes has a
 * filter policy, whose test branch names it.
 */
export class InMemorySubscriptionChannel implements SubscriptionChannel {
  readonly #subscriptions = new Map<string, InMemoryChannelSubscription>();
  readonly #refusing = new Set<number>();
  readonly #testAlerts: InMemoryTestAlert[] = [];
  readonly #quota: number;
  #count = 0;

  constructor(options: { readonly filterPoliciesPerTopic?: number } = {}) {
    this.#quota = options.filterPoliciesPerTopic ?? Number.POSITIVE_INFINITY;
  }

  /** Every subscription the channel holds now, confirmed or not, by reference. */
  get subscriptions(): ReadonlyMap<string, InMemoryChannelSubscription> {
    return this.#subscriptions;
  }

  /** The test alerts delivered so far, oldest first. */
  get testAlerts(): readonly InMemoryTestAlert[] {
    return this.#testAlerts;
  }

  /** The confirmed subscriptions of an endpoint. */
  activeFor(endpoint: string): InMemoryChannelSubscription[] {
    return [...this.#subscriptions.values()].filter((s) => s.confirmed && s.endpoint === endpoint);
  }

  /** Plays the endpoint's owner following SNS's confirmation link. */
  confirm(channelRef: string): void {
    const subscription = this.#subscriptions.get(channelRef);
    if (subscription !== undefined) {
      this.#subscriptions.set(channelRef, { ...subscription, confirmed: true });
    }
  }

  /** From now on `shard` refuses every new filter policy. */
  refuseFilterPolicies(shard: number): void {
    this.#refusing.add(shard);
  }

  async subscribe(
    request: SubscriptionRequest,
    shard: number,
    subscriptionId: string,
  ): Promise<{ channelRef: string; status: ChannelStatus }> {
    const { protocol, endpoint, ...filter } = parseSubscriptionRequest(request);
    for (const [channelRef, existing] of this.#subscriptions) {
      if (existing.protocol !== protocol || existing.endpoint !== endpoint) continue;
      if (existing.shard !== shard) continue;
      if (protocol !== 'sms' && existing.confirmed) {
        return { channelRef, status: 'already-subscribed' };
      }
      return { channelRef, status: existing.confirmed ? 'active' : 'pending-confirmation' };
    }
    this.#checkRoom(shard);
    this.#count += 1;
    const channelRef = `arn:in-memory:alerts-${shard}:${this.#count}`;
    const confirmed = protocol === 'sms';
    this.#subscriptions.set(channelRef, {
      protocol,
      endpoint,
      shard,
      subscriptionId,
      filter,
      confirmed,
    });
    return { channelRef, status: confirmed ? 'active' : 'pending-confirmation' };
  }

  async setFilter(
    channelRef: string,
    filter: SubscriptionFilter,
    subscriptionId: string,
  ): Promise<void> {
    const current = this.#subscriptions.get(channelRef);
    if (current === undefined) throw new Error(`no subscription ${channelRef}`);
    this.#subscriptions.set(channelRef, { ...current, filter, subscriptionId });
  }

  async unsubscribe(channelRef: string): Promise<void> {
    this.#subscriptions.delete(channelRef);
  }

  async sendTestAlert(target: TestAlertTarget, messages: ChangeMessages): Promise<void> {
    const addressed = this.#subscriptions.get(target.channelRef);
    if (addressed === undefined || addressed.shard !== target.shard) return;
    // SMS goes straight to the number; anything else is published on the shard's topic, where
    // only the addressed subscription's policy matches (every one this channel makes has one).
    const recipients = [[target.channelRef, addressed] as const];
    for (const [channelRef, subscription] of recipients) {
      if (!subscription.confirmed) continue;
      this.#testAlerts.push({
        channelRef,
        endpoint: subscription.endpoint,
        subscriptionId: target.subscriptionId,
        messages,
      });
    }
  }

  async shardSubscriptions(shard: number): Promise<ShardSubscriptions> {
    const onShard = [...this.#subscriptions.values()].filter((s) => s.shard === shard);
    const confirmed = onShard.filter((s) => s.confirmed).length;
    return { confirmed, pending: onShard.length - confirmed, deleted: 0 };
  }

  #checkRoom(shard: number): void {
    const policies = [...this.#subscriptions.values()].filter((s) => s.shard === shard).length;
    if (this.#refusing.has(shard) || policies >= this.#quota) throw new ShardFullError(shard);
  }
}
