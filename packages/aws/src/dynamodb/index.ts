export { assessmentFromImage } from './assessmentFromImage.js';
export {
  DynamoAssessmentStore,
  type DynamoAssessmentStoreOptions,
} from './DynamoAssessmentStore.js';
export { DynamoEventStore } from './DynamoEventStore.js';
export { DynamoNotificationLedger } from './DynamoNotificationLedger.js';
export { DynamoRateLimiter } from './DynamoRateLimiter.js';
export {
  DynamoSubscriptionCapacity,
  type DynamoSubscriptionCapacityOptions,
} from './DynamoSubscriptionCapacity.js';
export { DynamoSubscriptionStore } from './DynamoSubscriptionStore.js';
export type { DynamoTableOptions } from './DynamoTableOptions.js';
export { eventFromImage } from './eventFromImage.js';
export { type ItemKey, itemKeys } from './itemKeys.js';
export {
  StreamedTestAlertChannel,
  type StreamedTestAlertChannelOptions,
} from './StreamedTestAlertChannel.js';
export { testAlertRequestFromImage } from './testAlertRequestFromImage.js';
