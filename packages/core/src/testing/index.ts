/**
 * In-memory fakes of the core ports, faithful to their contracts, for fast
 * tests of the use cases with no DynamoDB and no SNS. Other packages import
 * them as `@treatywatch/core/testing`.
 */
export { type FixedClock, fixedClock } from '../fixedClock.js';
export { InMemoryAssessmentStore } from './InMemoryAssessmentStore.js';
export { InMemoryEventStore } from './InMemoryEventStore.js';
export { InMemoryNotificationLedger } from './InMemoryNotificationLedger.js';
export { InMemoryRateLimiter } from './InMemoryRateLimiter.js';
export { InMemorySubscriptionCapacity } from './InMemorySubscriptionCapacity.js';
export {
  type InMemoryChannelSubscription,
  InMemorySubscriptionChannel,
  type InMemoryTestAlert,
} from './InMemorySubscriptionChannel.js';
export { InMemorySubscriptionStore } from './InMemorySubscriptionStore.js';
export { type InMemoryPorts, inMemoryPorts } from './inMemoryPorts.js';
export {
  type InMemorySubscriptionDeps,
  inMemorySubscriptionDeps,
} from './inMemorySubscriptionDeps.js';
export {
  type RecordedMessage,
  type RecordedPublication,
  RecordingNotifier,
} from './RecordingNotifier.js';
export { type RecordedSms, RecordingSmsSender } from './RecordingSmsSender.js';
