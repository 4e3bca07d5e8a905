import type {
  AssessmentStore,
  Clock,
  DirectSmsSender,
  EventStore,
  NotificationLedger,
  RateLimiter,
  SubscriptionCapacity,
  SubscriptionChannel,
  SubscriptionLimits,
  SubscriptionStore,
} from '@treatywatch/core';

/** What the public API's handlers read and write through (ports of @treatywatch/core). */
export interface ApiDeps {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly ledger: NotificationLedger;
  readonly subscriptions: SubscriptionStore;
  readonly channel: SubscriptionChannel;
  /** The alert-topic shards' filter-policy slots. */
  readonly capacity: SubscriptionCapacity;
  /** One-time codes and subscription confirmations, straight to a phone number. */
  readonly sms: DirectSmsSender;
  readonly limiter: RateLimiter;
  readonly limits: SubscriptionLimits;
  /** The server-side key of endpoint, code and address hashes (fetched, then cached). */
  readonly subscriptionKey: () => Promise<string>;
  readonly clock: Clock;
}
