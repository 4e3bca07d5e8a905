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
 * | `notification` | `NOTIFY#<id>`   | `NOTIFY` (the ledger)           |
 * | `notification` | `NOTIFICATIONS` | `<publishedAt>#<id>` (log copy) |
 * | `state`        | `STATES`        | `STATE#UA` (states with events) |
 *
 * Assessments with a `nextReviewOn` also carry `duePk`, which puts them, and
 * only them, in the sparse `due` index.
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
  /** Epoch seconds; only set on expiring items (stale ledger claims), never on facts. */
  timeToLiveAttribute: 'expiresAt',
} as const;

/** Item kinds, the values of `kind`. */
export const ITEM_KINDS = {
  event: 'event',
  eventId: 'event-id',
  assessment: 'assessment',
  subscription: 'subscription',
  notification: 'notification',
  state: 'state',
} as const;

/** The constant partition of the due index. */
export const DUE_PARTITION = 'DUE';
