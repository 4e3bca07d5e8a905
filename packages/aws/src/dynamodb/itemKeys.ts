import type { IsoDate, TreatyId } from '@treatywatch/rules';

/** Primary key of an item: partition `pk`, sort `sk` (see `TABLE_DEFINITION`). */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/**
 * Key builders for every item kind, so each key shape is written in one place.
 *
 * @example
 * itemKeys.event('UA', '2025-06-29', 'ua-apmbc-decree'); // { pk: 'STATE#UA', sk: 'EVENT#2025-06-29#ua-apmbc-decree' }
 */
export const itemKeys = {
  statePartition: (state: string): string => `STATE#${state}`,
  eventPrefix: 'EVENT#',
  event: (state: string, date: IsoDate, id: string): ItemKey => ({
    pk: `STATE#${state}`,
    sk: `EVENT#${date}#${id}`,
  }),
  eventIdGuard: (id: string): ItemKey => ({ pk: `EVENTID#${id}`, sk: 'EVENTID' }),
  assessmentPrefix: 'ASSESSMENT#',
  assessment: (state: string, treaty: TreatyId): ItemKey => ({
    pk: `STATE#${state}`,
    sk: `ASSESSMENT#${treaty}`,
  }),
  statesPartition: 'STATES',
  stateMarker: (state: string): ItemKey => ({ pk: 'STATES', sk: `STATE#${state}` }),
  subscription: (id: string): ItemKey => ({ pk: `SUB#${id}`, sk: 'SUB' }),
  notification: (changeId: string): ItemKey => ({ pk: `NOTIFY#${changeId}`, sk: 'NOTIFY' }),
  notificationLogPartition: 'NOTIFICATIONS',
  notificationLog: (publishedAt: string, changeId: string): ItemKey => ({
    pk: 'NOTIFICATIONS',
    sk: `${publishedAt}#${changeId}`,
  }),
} as const;
