/** SNS's limits on a subscription filter policy (Amazon SNS developer guide, "Filter policy constraints"). */
export const SNS_FILTER_POLICY_LIMITS = {
  /** Attribute names in one policy. */
  maxKeys: 5,
  /** Product of the sizes of the value lists. */
  maxCombinations: 150,
} as const;

/**
 * Message attribute names the notifier sets and filter policies match on.
 * `kind` says what a message is (`MESSAGE_KINDS`); reminders add `leadDays`
 * (days before the effective date), digests `cadence` (and carry `state`,
 * `treaty` and `status` as `String.Array`, one element per change, which a
 * policy matches when any element does), test alerts `subscription`.
 */
export const MESSAGE_ATTRIBUTES = {
  kind: 'kind',
  state: 'state',
  treaty: 'treaty',
  status: 'status',
  previousStatus: 'previousStatus',
  leadDays: 'leadDays',
  cadence: 'cadence',
  subscription: 'subscription',
} as const;

/** What a message on an alert topic is: the value of its `kind` attribute. */
export const MESSAGE_KINDS = {
  /** A status change, as it happens. */
  change: 'change',
  /** A countdown reminder before an effective date. */
  reminder: 'reminder',
  /** A daily or weekly digest of a period's changes. */
  digest: 'digest',
  /** A test alert, addressed to one subscription. */
  test: 'test',
} as const;

/**
 * SNS's own per-message SMS attribute: alerts are transactional (time-critical,
 * delivered ahead of promotional traffic), set on each Publish because the
 * account-wide default is an account setting, not the stack's.
 */
export const SMS_TYPE_ATTRIBUTE = { name: 'AWS.SNS.SMS.SMSType', value: 'Transactional' } as const;

/** `previousStatus` of a first assessment (SNS attribute values cannot be empty). */
export const NO_PREVIOUS_STATUS = 'none';
