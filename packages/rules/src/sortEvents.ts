import { compareEvents } from './compareEvents.js';
import type { TreatyEvent } from './types.js';

/**
 * Sorts events in place with `compareEvents`, in O(n log n) (and O(n) when
 * they are already in order). Only for arrays the caller owns.
 */
export function sortEvents(events: TreatyEvent[]): void {
  events.sort(compareEvents);
}
