import type {
  AssessmentStore,
  Clock,
  EventStore,
  NotificationLedger,
  SubscriptionChannel,
  SubscriptionStore,
} from '@treatywatch/core';

/** What the public API's handlers read and write through (ports of @treatywatch/core). */
export interface ApiDeps {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly ledger: NotificationLedger;
  readonly subscriptions: SubscriptionStore;
  readonly channel: SubscriptionChannel;
  readonly clock: Clock;
}
