import type { IsoDate, TreatyId } from '@treatywatch/rules';
import { PARTITION_PREFIXES as P } from '../table/tableDefinition.js';

/** Primary key of an item: partition `pk`, sort `sk` (see `TABLE_DEFINITION`). */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const SHARD_PREFIX = 'SHARD#';

/** A shard number as a sort-key part, zero-padded so keys sort by number. */
function shardNumber(shard: number): string {
  return String(shard).padStart(4, '0');
}

/**
 * Key builders for every item kind, so each key shape is written in one place
 * (the partition prefixes are `PARTITION_PREFIXES`).
 *
 * @example
 * itemKeys.event('UA', '2025-06-29', 'ua-apmbc-decree'); // { pk: 'STATE#UA', sk: 'EVENT#2025-06-29#ua-apmbc-decree' }
 */
export const itemKeys = {
  statePartition: (state: string): string => `${P.state}${state}`,
  eventPrefix: 'EVENT#',
  event: (state: string, date: IsoDate, id: string): ItemKey => ({
    pk: `${P.state}${state}`,
    sk: `EVENT#${date}#${id}`,
  }),
  eventIdGuard: (id: string): ItemKey => ({ pk: `${P.eventId}${id}`, sk: 'EVENTID' }),
  assessmentPrefix: 'ASSESSMENT#',
  assessment: (state: string, treaty: TreatyId): ItemKey => ({
    pk: `${P.state}${state}`,
    sk: `ASSESSMENT#${treaty}`,
  }),
  statesPartition: P.states,
  stateMarker: (state: string): ItemKey => ({ pk: P.states, sk: `STATE#${state}` }),
  subscription: (id: string): ItemKey => ({ pk: `${P.subscription}${id}`, sk: 'SUB' }),
  /** Which subscription holds an endpoint (by its keyed hash): one at a time. */
  endpointClaim: (endpointKey: string): ItemKey => ({
    pk: `${P.endpointClaim}${endpointKey}`,
    sk: 'ENDPOINT',
  }),
  /** One fixed window of one abuse-limit counter, from `windowStart` (epoch seconds). */
  rateCounter: (key: string, windowStart: number): ItemKey => ({
    pk: `${P.rateCounter}${key}#${windowStart}`,
    sk: 'LIMIT',
  }),
  notification: (changeId: string): ItemKey => ({
    pk: `${P.notification}${changeId}`,
    sk: 'NOTIFY',
  }),
  /** One shard's publication of a change, in the change's partition. */
  notificationShard: (changeId: string, shard: number): ItemKey => ({
    pk: `${P.notification}${changeId}`,
    sk: `${SHARD_PREFIX}${shardNumber(shard)}`,
  }),
  shardPrefix: SHARD_PREFIX,
  /** One alert-topic shard's capacity counts. */
  shardCapacity: (shard: number): ItemKey => ({
    pk: P.shards,
    sk: `${SHARD_PREFIX}${shardNumber(shard)}`,
  }),
  shardsPartition: P.shards,
  /** A subscription's test-alert request of the window from `windowStart` (epoch seconds). */
  testAlert: (subscriptionId: string, windowStart: number): ItemKey => ({
    pk: `${P.testAlert}${subscriptionId}`,
    sk: `WINDOW#${windowStart}`,
  }),
  notificationLogPartition: P.notificationLog,
  notificationLog: (publishedAt: string, changeId: string): ItemKey => ({
    pk: P.notificationLog,
    sk: `${publishedAt}#${changeId}`,
  }),
} as const;
