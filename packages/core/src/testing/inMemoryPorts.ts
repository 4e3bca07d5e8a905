import { type FixedClock, fixedClock } from '../fixedClock.js';
import type { Ports } from '../ports.js';
import { InMemoryAssessmentStore } from './InMemoryAssessmentStore.js';
import { InMemoryEventStore } from './InMemoryEventStore.js';
import { InMemoryNotificationLedger } from './InMemoryNotificationLedger.js';
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
  readonly clock: FixedClock;
}

/**
 * A fresh set of in-memory ports, with a fixed clock at `now`: fast tests of
 * the use cases, with no DynamoDB and no SNS.
 *
 * @example
 * const ports = inMemoryPorts('2026-01-15T09:00:00Z');
 * await recordEvents(ports, event);
 * await evaluateState(ports, 'PL');
 */
export function inMemoryPorts(now: string | Date = '2026-01-15T09:00:00Z'): InMemoryPorts {
  return {
    events: new InMemoryEventStore(),
    assessments: new InMemoryAssessmentStore(),
    notifier: new RecordingNotifier(),
    ledger: new InMemoryNotificationLedger(),
    subscriptions: new InMemorySubscriptionStore(),
    channel: new InMemorySubscriptionChannel(),
    clock: fixedClock(now),
  };
}
