/**
 * The single table's shape, defined once: the CDK stack and the local stack both
 * create the table from it, and the adapters read and write items by it.
 *
 * Items (attribute `kind` tells them apart, so stream filters can route them):
 *
 * | kind           | pk              | sk                              |
 * |----------------|-----------------|---------------------------------|
 * | `event`        | `STATE#UA`      | `EVENT#2025-06-29#<event id>`   |
 * | `event-id`     | `EVENTID#<id>`  | `EVENTID` (uniqueness guard)    |
 * | `assessment`   | `STATE#UA`      | `ASSESSMENT#apmbc`              |
 * | `subscription` | `SUB#<id>`      | `SUB`                           |
 * | `endpoint`     | `ENDPOINT#<h>`  | `ENDPOINT` (one per endpoint)   |
 * | `rate-limit`   | `LIMIT#<k>#<w>` | `LIMIT` (one window's counter)  |
 * | `notification` | `NOTIFY#<id>`   | `NOTIFY` (published everywhere) |
 * | `notification` | `NOTIFY#<id>`   | `SHARD#0003` (one shard's)      |
 * | `notification` | `NOTIFICATIONS` | `<publishedAt>#<id>` (log copy) |
 * | `state`        | `STATES`        | `STATE#UA` (states with events) |
 * | `shard`        | `SHARDS`        | `SHARD#0003` (capacity counts)  |
 * | `test-alert`   | `TESTALERT#<id>`| `WINDOW#<hour start>` (request) |
 *
 * Assessments due some day also carry `duePk`, which puts them, and only
 * them, in the sparse `due` index. The index's sort key, `nextReviewOn`, is
 * the day an assessment is due for the sweep (`dueOn`: its next status review
 * or, for a pending withdrawal, the first day of its countdown reminders);
 * the assessment's own next review date is `reviewOn`. (The key kept its name
 * because a global secondary index's key cannot change in place.)
 */
export const TABLE_DEFINITION = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  dueIndex: {
    indexName: 'due',
    partitionKey: { name: 'duePk', type: 'S' },
    sortKey: { name: 'nextReviewOn', type: 'S' },
    projection: 'ALL',
  },
  /** Every writer sets `kind`; stream filters match on it. */
  kindAttribute: 'kind',
  stream: 'NEW_AND_OLD_IMAGES',
  /**
   * Epoch seconds; only set on expiring items (stale ledger claims, pending
   * subscriptions and their endpoint claims, rate-limit windows, test-alert
   * requests), never on facts.
   */
  timeToLiveAttribute: 'expiresAt',
} as const;

/** Item kinds, the values of `kind`. */
export const ITEM_KINDS = {
  event: 'event',
  eventId: 'event-id',
  assessment: 'assessment',
  subscription: 'subscription',
  endpointClaim: 'endpoint',
  rateLimit: 'rate-limit',
  notification: 'notification',
  state: 'state',
  shard: 'shard',
  testAlert: 'test-alert',
} as const;

/** The attribute of an assessment item that holds the assessment's own next review date. */
export const ASSESSMENT_REVIEW_ATTRIBUTE = 'reviewOn';

/** The constant partition of the due index. */
export const DUE_PARTITION = 'DUE';

/**
 * The partition-key prefix of each item kind: `itemKeys` builds keys from
 * them, and the stack's IAM policies confine each function to the partitions
 * it needs (`dynamodb:LeadingKeys`).
 */
export const PARTITION_PREFIXES = {
  state: 'STATE#',
  states: 'STATES',
  eventId: 'EVENTID#',
  subscription: 'SUB#',
  endpointClaim: 'ENDPOINT#',
  rateCounter: 'LIMIT#',
  notification: 'NOTIFY#',
  notificationLog: 'NOTIFICATIONS',
  shards: 'SHARDS',
  testAlert: 'TESTALERT#',
  due: DUE_PARTITION,
} as const;
