export {
  MESSAGE_ATTRIBUTES,
  NO_PREVIOUS_STATUS,
  SNS_FILTER_POLICY_LIMITS,
} from './constants.js';
export { emailSubject } from './emailSubject.js';
export { filterPolicyAttributes } from './filterPolicyAttributes.js';
export { type FilterPolicy, filterPolicyFor } from './filterPolicyFor.js';
export { SnsNotifier } from './SnsNotifier.js';
export { SnsSubscriptionChannel } from './SnsSubscriptionChannel.js';
