import { type FixedClock, fixedClock } from '../fixedClock.js';
import type { SubscriptionLimits } from '../ports.js';
import type { SubscriptionDeps } from '../requestSubscription.js';
import { InMemoryRateLimiter } from './InMemoryRateLimiter.js';
import { InMemorySubscriptionCapacity } from './InMemorySubscriptionCapacity.js';
import { InMemorySubscriptionChannel } from './InMemorySubscriptionChannel.js';
import { InMemorySubscriptionStore } from './InMemorySubscriptionStore.js';
import { RecordingSmsSender } from './RecordingSmsSender.js';

/** The subscription use cases' ports in memory, with the fakes' types so a test can steer them. */
export interface InMemorySubscriptionDeps extends SubscriptionDeps {
  readonly subscriptions: InMemorySubscriptionStore;
  readonly channel: InMemorySubscriptionChannel;
  readonly capacity: InMemorySubscriptionCapacity;
  readonly sms: RecordingSmsSender;
  readonly limiter: InMemoryRateLimiter;
  readonly clock: FixedClock;
}

/**
 * Every port of the subscription use cases in memory, with a clock the test
 * moves; `shards` sets the alert-topic shards and the filter-policy quota
 * (both as on SNS: one quota for the capacity ledger and the channel).
 *
 * @example
 * const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS, { shardCount: 4, filterPoliciesPerTopic: 5 });
 */
export function inMemorySubscriptionDeps(
  limits: SubscriptionLimits,
  shards: { readonly shardCount?: number; readonly filterPoliciesPerTopic?: number } = {},
): InMemorySubscriptionDeps {
  return {
    subscriptions: new InMemorySubscriptionStore(),
    channel: new InMemorySubscriptionChannel(shards),
    capacity: new InMemorySubscriptionCapacity(shards),
    sms: new RecordingSmsSender(),
    limiter: new InMemoryRateLimiter(),
    limits,
    key: 'test-subscription-key',
    clock: fixedClock('2026-03-01T12:00:00Z'),
  };
}
