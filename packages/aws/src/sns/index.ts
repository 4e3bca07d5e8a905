export { alertPublishInput } from './alertPublishInput.js';
export {
  MESSAGE_ATTRIBUTES,
  MESSAGE_KINDS,
  NO_PREVIOUS_STATUS,
  SNS_FILTER_POLICY_LIMITS,
} from './constants.js';
export { digestAttributes } from './digestAttributes.js';
export { emailSubject } from './emailSubject.js';
export { filterPolicyAttributes } from './filterPolicyAttributes.js';
export { type FilterPolicy, type FilterPolicyBranch, filterPolicyFor } from './filterPolicyFor.js';
export { reminderAttributes } from './reminderAttributes.js';
export { SnsDirectSmsSender, type SnsDirectSmsSenderOptions } from './SnsDirectSmsSender.js';
export { SnsNotifier } from './SnsNotifier.js';
export { SnsSubscriptionChannel } from './SnsSubscriptionChannel.js';
export { setFilterPolicy } from './setFilterPolicy.js';
export { shardFullError } from './shardFullError.js';
export { checkTopicArns, shardTopic } from './shardTopic.js';
export { testAlertAttributes } from './testAlertAttributes.js';
