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
