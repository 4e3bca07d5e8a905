import { type FixedClock, fixedClock } from '../fixedClock.js';
import type { Ports } from '../ports.js';
import { InMemoryAssessmentStore } from './InMemoryAssessmentStore.js';
import { InMemoryEventStore } from './InMemoryEventStore.js';
import { InMemoryNotificationLedger } from './InMemoryNotificationLedger.js';
import { InMemorySubscriptionCapacity } from './InMemorySubscriptionCapacity.js';
import { InMemorySubscriptionChannel } from './InMemorySubscriptionChannel.js';
import { InMemorySubscriptionStore } from './InMemorySubscriptionStore.js';
import { RecordingNotifier } from './RecordingNotifier.js';

/** Every port in memory, with the concrete fakes' types so a test can inspect and steer them. */
export interface InMemoryPorts extends Ports {
  readonly events: InMemoryEventStore;
  readonly assessments: InMemoryAssessmentStore;
  readonly notifier: RecordingNotifier;
  readonly ledger: InMemoryNotificationLedger;
  readonly subscriptions: InMemorySubscriptionStore;
  readonly channel: InMemorySubscriptionChannel;
  readonly capacity: InMemorySubscriptionCapacity;
  readonly clock: FixedClock;
}

/**
 * A fresh set of in-memory ports, with a fixed clock at `now`: fast tests of
 * the use cases, with no DynamoDB and no SNS; `shards` sets the alert-topic
 * shards and their filter-policy quota (one shard, no quota by default).
 *
 * @example
 * const ports = inMemoryPorts('2026-01-15T09:00:00Z');
 * await recordEvents(ports, event);
 * await evaluateState(ports, 'PL');
 */
export function inMemoryPorts(
  now: string | Date = '2026-01-15T09:00:00Z',
  shards: { readonly shardCount?: number; readonly filterPoliciesPerTopic?: number } = {},
): InMemoryPorts {
  return {
    events: new InMemoryEventStore(),
    assessments: new InMemoryAssessmentStore(),
    notifier: new RecordingNotifier(shards),
    ledger: new InMemoryNotificationLedger(),
    subscriptions: new InMemorySubscriptionStore(),
    channel: new InMemorySubscriptionChannel(shards),
    capacity: new InMemorySubscriptionCapacity(shards),
    clock: fixedClock(now),
  };
}
