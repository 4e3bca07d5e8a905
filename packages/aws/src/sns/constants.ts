/** SNS's limits on a subscription filter policy (Amazon SNS developer guide, "Filter policy constraints"). */
export const SNS_FILTER_POLICY_LIMITS = {
  /** Attribute names in one policy. */
  maxKeys: 5,
  /** Product of the sizes of the value lists. */
  maxCombinations: 150,
} as const;

/** Message attribute names the notifier sets and filter policies match on. */
export const MESSAGE_ATTRIBUTES = {
  state: 'state',
  treaty: 'treaty',
  status: 'status',
  previousStatus: 'previousStatus',
} as const;

/**
 * SNS's own per-message SMS attribute: alerts are transactional (time-critical,
 * delivered ahead of promotional traffic), set on each Publish because the
 * account-wide default is an account setting, not the stack's.
 */
export const SMS_TYPE_ATTRIBUTE = { name: 'AWS.SNS.SMS.SMSType', value: 'Transactional' } as const;

/** `previousStatus` of a first assessment (SNS attribute values cannot be empty). */
export const NO_PREVIOUS_STATUS = 'none';
