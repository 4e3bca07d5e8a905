/** CloudWatch metric names (Embedded Metric Format, through Powertools Metrics). */
export const METRIC_NAMES = {
  /** Assessments whose status changed, counted where the change is written. */
  statusChanges: 'StatusChanges',
  /** Alert publications, one per (change, shard) (a redelivered one that was already published does not count). */
  alertsPublished: 'AlertsPublished',
  /** HTTP requests answered 4xx. */
  rejectedRequests: 'RejectedRequests',
  /** Events stored by the webhook (duplicates do not count). */
  eventsRecorded: 'EventsRecorded',
  /** Subscription requests refused by an abuse limit, with the dimension `limit`. */
  subscriptionLimitHit: 'SubscriptionLimitHit',
  /** One-time codes sent by SMS (the daily budget's alarm watches it). */
  verificationSmsSent: 'VerificationSmsSent',
  /** Subscriptions refused because no alert-topic shard had room for a filter policy (503). */
  subscriptionCapacityReached: 'SubscriptionCapacityReached',
  /** HTTP requests answered 5xx other than 503 for capacity: a bug or an outage. */
  serverErrors: 'ServerErrors',
} as const;

/** Largest webhook body accepted, in bytes (256 KiB). */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024;

/** Largest body the public api accepts, in bytes (4 KiB): a subscription is a few hundred. */
export const MAX_API_BODY_BYTES = 4 * 1024;

// Part of the API's contract with its clients (the CLI, the local stack's seeding), so defined in core.
export { MAX_EVENTS_PER_REQUEST } from '@treatywatch/core/constants';

/** How long a fetched webhook secret is cached, in seconds, before Secrets Manager is asked again. */
export const WEBHOOK_SECRET_MAX_AGE_SECONDS = 300;

/** Service name used for logs and metrics when `POWERTOOLS_SERVICE_NAME` is not set. */
export const DEFAULT_SERVICE_NAME = 'treatywatch';

/** Metrics namespace used when `POWERTOOLS_METRICS_NAMESPACE` is not set. */
export const DEFAULT_METRICS_NAMESPACE = 'TreatyWatch';

/**
 * When the sweep runs, as a standard five-field cron expression in UTC: daily
 * at 00:05, since a day's notice periods expire at 00:00 UTC. The one
 * definition: the CDK stack's EventBridge schedule is written from it, and the
 * local stack's sweep timer runs on it.
 */
export const SWEEP_CRON_UTC = '5 0 * * *';
