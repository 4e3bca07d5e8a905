export type { InputIssue } from '@treatywatch/rules';
export { assessmentNeedsWrite } from './assessmentNeedsWrite.js';
export {
  MANAGE_TOKEN_HEADER,
  MAX_EVALUATION_ATTEMPTS,
  NOTIFICATION_LEASE_SECONDS,
  RECENT_CHANGES_LIMIT,
} from './constants.js';
export {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TreatyWatchError,
  VersionConflictError,
} from './errors.js';
export { evaluateAll } from './evaluateAll.js';
export { type EvaluateStateResult, evaluateState } from './evaluateState.js';
export { type FixedClock, fixedClock } from './fixedClock.js';
export { listAssessments } from './listAssessments.js';
export { manageTokenHash } from './manageTokenHash.js';
export { maskEndpoint } from './maskEndpoint.js';
export { notifyChange } from './notifyChange.js';
export { parseAsOf } from './parseAsOf.js';
export { type EvaluationRequest, parseEvaluationRequest } from './parseEvaluationRequest.js';
export { parseStateCode } from './parseStateCode.js';
export { parseStatusChange } from './parseStatusChange.js';
export { parseSubscriptionRequest } from './parseSubscriptionRequest.js';
export * from './ports.js';
export { recentChanges } from './recentChanges.js';
export { type RecordEventsResult, recordEvents } from './recordEvents.js';
export { stateHistory } from './stateHistory.js';
export { type SubscribeResult, subscribe } from './subscribe.js';
export { type SweepDueResult, sweepDue } from './sweepDue.js';
export { systemClock } from './systemClock.js';
export { toAssessment } from './toAssessment.js';
export { unsubscribe } from './unsubscribe.js';
export {
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  type SignatureCheck,
  type SignatureProblem,
  type SignatureVerdict,
  signRequest,
  verifySignature,
} from './webhookSignature.js';
