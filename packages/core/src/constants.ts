import type { SubscriptionLimits } from './ports.js';

/** The header that carries a subscription's manage token on `DELETE /subscriptions/{id}`. */
export const MANAGE_TOKEN_HEADER = 'X-Manage-Token';

/** Most events accepted in one `POST /events`; clients that send more send them in batches of this size. */
export const MAX_EVENTS_PER_REQUEST = 100;

/** How many times `evaluateState` re-reads and retries after a version conflict. */
export const MAX_EVALUATION_ATTEMPTS = 8;

/** How long a notification claim holds before another publisher may take it over. */
export const NOTIFICATION_LEASE_SECONDS = 300;

/** Default and largest page of `recentChanges`. */
export const RECENT_CHANGES_LIMIT = { default: 50, max: 1_000 } as const;

/** Issues an `InvalidInputError` reports at most: enough to fix a request, bounded for hostile ones. */
export const MAX_REPORTED_ISSUES = 5;

/**
 * SMS one-time codes: 6 digits, valid 10 minutes, 5 wrong tries void the
 * pending subscription. The pending record outlives its code by a day, so a
 * late try is told the code is gone (410) rather than that nothing exists.
 */
export const VERIFICATION = {
  codeDigits: 6,
  codeTtlSeconds: 600,
  maxAttempts: 5,
  recordTtlSeconds: 86_400,
} as const;

/**
 * How long an unconfirmed email or https request holds its endpoint: SNS
 * confirmation tokens are valid for two days, after which SNS drops the
 * pending subscription and the endpoint is free to ask again.
 */
export const CONFIRMATION_WINDOW_SECONDS = 2 * 86_400;

/**
 * Abuse limits a small deployment can live with: 10 subscription requests per
 * source IP per hour, 3 per endpoint per day, 500 verification SMS per UTC
 * day, SMS to every country.
 */
export const DEFAULT_SUBSCRIPTION_LIMITS = {
  perSourceIp: { requests: 10, windowSeconds: 3_600 },
  perEndpoint: { requests: 3, windowSeconds: 86_400 },
  verificationSmsPerDay: 500,
  smsCountries: [],
} as const satisfies SubscriptionLimits;

/** No limits at all: only for load tests of the local stack, never a deployment. */
export const NO_SUBSCRIPTION_LIMITS = {
  perSourceIp: { requests: Number.POSITIVE_INFINITY, windowSeconds: 3_600 },
  perEndpoint: { requests: Number.POSITIVE_INFINITY, windowSeconds: 86_400 },
  verificationSmsPerDay: Number.POSITIVE_INFINITY,
  smsCountries: [],
} as const satisfies SubscriptionLimits;

/** A subscription's owner may send it one test alert per this many seconds (a fixed window). */
export const TEST_ALERT_WINDOW_SECONDS = 3_600;

/**
 * SNS's default quotas on subscription filter policies: 200 per topic, 10,000
 * per account (both raisable through Service Quotas). Past them, `Subscribe`
 * with a policy fails with `FilterPolicyLimitExceeded`.
 */
export const SNS_FILTER_POLICY_QUOTAS = { perTopic: 200, perAccount: 10_000 } as const;

/**
 * Alert topics (shards) a deployment and the local stack have by default: at
 * 200 filter policies each (every subscription has one), 8 shards hold 1,600
 * subscriptions, within the account's default 10,000.
 */
export const DEFAULT_ALERT_TOPIC_SHARDS = 8;
