import { EVENT_TYPES, type EventType } from './constants.js';
import type { TreatyEvent } from './types.js';

/** Position of each event type in `EVENT_TYPES`: the tie-break between events of one date. */
export const EVENT_TYPE_RANK: Readonly<Record<EventType, number>> = Object.fromEntries(
  EVENT_TYPES.map((type, index) => [type, index]),
) as Record<EventType, number>;

/**
 * Orders events by date, then by the order of `EVENT_TYPES`, then by id, so
 * that the order is total and never depends on arrival (docs/rules.md, Evaluation rule 1).
 * For `Array.prototype.sort`.
 */
export function compareEvents(a: TreatyEvent, b: TreatyEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const rank = EVENT_TYPE_RANK[a.type] - EVENT_TYPE_RANK[b.type];
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
