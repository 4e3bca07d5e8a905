import { TEST_ALERT_WINDOW_SECONDS } from './constants.js';
import { RateLimitedError, TestAlertUnavailableError } from './errors.js';
import { managedSubscription } from './managedSubscription.js';
import type {
  Clock,
  RateLimiter,
  SubscriptionCapacity,
  SubscriptionChannel,
  SubscriptionStore,
} from './ports.js';
import { testAlertMessages } from './testAlertMessages.js';

/** The answer to a test-alert request; the same whether or not anything could be sent. */
export interface SendTestAlertResult {
  readonly id: string;
  readonly status: 'sent';
}

/**
 * Sends one clearly marked test message to a subscription alone, given its
 * manage token: on the subscription's alert-topic shard, addressed to its id,
 * so no other subscriber receives it. At most one per subscription per hour
 * (a fixed window counted after the token is checked, so nobody else can
 * spend it): `RateLimitedError` (`test-alert`) past that. A subscription that
 * is not on the channel (a stand-in for an endpoint someone else holds) is
 * answered alike and sends nothing; one still waiting for SNS confirmation is
 * sent to, and SNS delivers nothing to it until it is confirmed.
 *
 * An email or https test alert is published on the subscription's shard,
 * where a subscription without a filter policy would receive it too; so it is
 * sent only when the capacity counts say every subscription on that shard
 * holds a policy (`TestAlertUnavailableError` otherwise, nothing sent, the
 * hour not spent). An SMS one goes straight to the number.
 * Throws `NotFoundError`, `ForbiddenError`, `RateLimitedError`,
 * `TestAlertUnavailableError`.
 */
export async function sendTestAlert(
  deps: {
    readonly subscriptions: SubscriptionStore;
    readonly channel: SubscriptionChannel;
    readonly capacity: SubscriptionCapacity;
    readonly limiter: RateLimiter;
    readonly clock: Clock;
  },
  input: { readonly id: string; readonly token: string },
): Promise<SendTestAlertResult> {
  const record = await managedSubscription(deps.subscriptions, input.id, input.token);
  const { channelRef, shard } = record;
  if (channelRef !== undefined && shard !== undefined && record.protocol !== 'sms') {
    const usage = (await deps.capacity.usage()).find((s) => s.shard === shard);
    const subscribed = Object.values(usage?.subscriptions ?? {}).reduce((a, b) => a + b, 0);
    if (usage === undefined || subscribed > usage.filterPolicies) {
      throw new TestAlertUnavailableError(record.id, shard);
    }
  }
  const decision = await deps.limiter.take(
    `test-alert#${record.id}`,
    1,
    TEST_ALERT_WINDOW_SECONDS,
    deps.clock.now(),
  );
  if (!decision.allowed) throw new RateLimitedError('test-alert', decision.retryAfterSeconds);
  if (channelRef !== undefined && shard !== undefined) {
    await deps.channel.sendTestAlert(
      { subscriptionId: record.id, channelRef, shard, protocol: record.protocol },
      testAlertMessages(record.id),
    );
  }
  return { id: record.id, status: 'sent' };
}
