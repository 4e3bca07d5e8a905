import { type ConflictIntervals, conflictIntervals } from './armedConflict.js';
import { compareEvents } from './compareEvents.js';
import { MixedStatesError } from './errors.js';
import { retractionsThatCount } from './retractedEventIds.js';
import type { IsoDate, TreatyEvent, TreatyId } from './types.js';

/** What counts of one state's events for one treaty on one day (Evaluation rule 1). */
export interface History {
  /** The state, read from the events; `''` when there are none. */
  readonly state: string;
  /** The treaty's own events and the state-wide ones, dated up to the day, in `compareEvents` order. */
  readonly events: readonly TreatyEvent[];
  /** For each retracted event's id, the retraction that retracts it. */
  readonly retractedBy: ReadonlyMap<string, TreatyEvent>;
  readonly conflicts: ConflictIntervals;
}

/**
 * Selects and orders what `assess` reads (docs/rules.md, Evaluation rules 1
 * and 4): the treaty's events and the state's armed-conflict facts and
 * retractions, dated up to `asOf`, in the total order of `compareEvents`,
 * with the retractions resolved and the armed conflicts as intervals.
 * O(n log n) in the number of events, whatever order they come in.
 * Throws {@link MixedStatesError} for events of several states.
 */
export function selectHistory(
  treaty: TreatyId,
  events: readonly TreatyEvent[],
  asOf: IsoDate,
): History {
  const state = events[0]?.state ?? '';
  const selected: TreatyEvent[] = [];
  for (const event of events) {
    if (event.state !== state) throw new MixedStatesError(state, event.state);
    if (event.date <= asOf && (event.treaty === treaty || event.treaty === null)) {
      selected.push(event);
    }
  }
  if (!isInOrder(selected)) selected.sort(compareEvents);
  const retractedBy = retractionsThatCount(selected);
  return {
    state,
    events: selected,
    retractedBy,
    conflicts: conflictIntervals(selected, retractedBy),
  };
}

/** Whether `events` are already in `compareEvents` order: one pass, so a sorted history is not sorted again. */
function isInOrder(events: readonly TreatyEvent[]): boolean {
  for (let i = 1; i < events.length; i += 1) {
    const before = events[i - 1] as TreatyEvent;
    const event = events[i] as TreatyEvent;
    // Dates differ far more often than not: the whole comparison only on a tie or a step back.
    if (before.date >= event.date && compareEvents(before, event) > 0) return false;
  }
  return true;
}
