/* A frozen copy of src/sortEvents.ts, for `assessReference`. */
import { compareEvents } from '../../src/compareEvents.js';
import type { TreatyEvent } from '../../src/types.js';

/**
 * Sorts events in place with `compareEvents`. An insertion sort: histories
 * are short and usually almost in order, where it beats the built-in sort's
 * comparator overhead. Only for arrays the caller owns.
 */
export function sortEvents(events: TreatyEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    const event = events[i] as TreatyEvent;
    let j = i - 1;
    while (j >= 0) {
      const before = events[j] as TreatyEvent;
      if (
        before.date < event.date ||
        (before.date === event.date && compareEvents(before, event) <= 0)
      )
        break;
      events[j + 1] = before;
      j--;
    }
    events[j + 1] = event;
  }
}
