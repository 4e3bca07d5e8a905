export type { InputIssue } from '@treatywatch/rules';
export { addSeconds } from './addSeconds.js';
export { assessmentNeedsWrite } from './assessmentNeedsWrite.js';
export {
  CONFIRMATION_WINDOW_SECONDS,
  DEFAULT_ALERT_TOPIC_SHARDS,
  DEFAULT_SUBSCRIPTION_LIMITS,
  MANAGE_TOKEN_HEADER,
  MAX_EVALUATION_ATTEMPTS,
  MAX_REPORTED_ISSUES,
  NO_SUBSCRIPTION_LIMITS,
  NOTIFICATION_LEASE_SECONDS,
  RECENT_CHANGES_LIMIT,
  SNS_FILTER_POLICY_QUOTAS,
  TEST_ALERT_WINDOW_SECONDS,
  VERIFICATION,
} from './constants.js';
export { type DailySweepResult, dailySweep } from './dailySweep.js';
export { type DigestPeriod, digestPeriods } from './digestPeriods.js';
export { dueOn } from './dueOn.js';
export { endpointKey } from './endpointKey.js';
export { enforceSubscriptionLimits, type LimitSubject } from './enforceSubscriptionLimits.js';
export {
  CAPACITY_REACHED_MESSAGE,
  CapacityReachedError,
  ForbiddenError,
  GoneError,
  InvalidInputError,
  type LimitName,
  NotFoundError,
  RateLimitedError,
  ShardFullError,
  TestAlertUnavailableError,
  TreatyWatchError,
  VersionConflictError,
} from './errors.js';
export { evaluateAll } from './evaluateAll.js';
export { type EvaluateStateResult, evaluateState } from './evaluateState.js';
export { type FixedClock, fixedClock } from './fixedClock.js';
export { type FixedWindow, fixedWindow } from './fixedWindow.js';
export { keyedHash } from './keyedHash.js';
export { listAssessments } from './listAssessments.js';
export { managedSubscription } from './managedSubscription.js';
export { manageTokenHash } from './manageTokenHash.js';
export { maskEndpoint } from './maskEndpoint.js';
export { type NotifyChangeResult, notifyChange } from './notifyChange.js';
export { parseAsOf } from './parseAsOf.js';
export { type EvaluationRequest, parseEvaluationRequest } from './parseEvaluationRequest.js';
export { parseStateCode } from './parseStateCode.js';
export { parseStatusChange } from './parseStatusChange.js';
export {
  FILTER_LIST_MAX,
  parseSubscriptionFilter,
  parseSubscriptionRequest,
  REMINDER_LIMITS,
  SUBSCRIPTION_REQUEST_FIELDS,
} from './parseSubscriptionRequest.js';
export {
  type Placement,
  placeSubscription,
  releasePlacement,
  undoPlacement,
} from './placeSubscription.js';
export * from './ports.js';
export { type PublishOnEveryShardResult, publishOnEveryShard } from './publishOnEveryShard.js';
export { type PublishTestAlertResult, publishTestAlert } from './publishTestAlert.js';
export { recentChanges } from './recentChanges.js';
export { type RecordEventsResult, recordEvents } from './recordEvents.js';
export {
  type RequestSubscriptionResult,
  requestSubscription,
  type SubscriptionDeps,
  verificationCodeHash,
  verificationSmsText,
} from './requestSubscription.js';
export { sendDigests } from './sendDigests.js';
export { type SendRemindersResult, sendReminders } from './sendReminders.js';
export { type SendTestAlertResult, sendTestAlert } from './sendTestAlert.js';
export { smsCountryAllowed } from './smsCountryAllowed.js';
export { SMS_DEFAULT_STATUSES } from './smsDefaultStatuses.js';
export { stateHistory } from './stateHistory.js';
export {
  type ShardReport,
  type SubscriptionCapacityReport,
  subscriptionCapacityReport,
} from './subscriptionCapacityReport.js';
export {
  type SubscriptionPreferences,
  subscriptionPreferences,
} from './subscriptionPreferences.js';
export { type SweepDueResult, sweepDue } from './sweepDue.js';
export { systemClock } from './systemClock.js';
export { testAlertMessages } from './testAlertMessages.js';
export { toAssessment } from './toAssessment.js';
export { unsubscribe } from './unsubscribe.js';
export { type UpdateSubscriptionResult, updateSubscription } from './updateSubscription.js';
export { verificationCode } from './verificationCode.js';
export {
  subscribedSmsText,
  type VerifySubscriptionResult,
  verifySubscription,
} from './verifySubscription.js';
export {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  type SignatureCheck,
  type SignatureProblem,
  type SignatureVerdict,
  signRequest,
  verifySignature,
} from './webhookSignature.js';
