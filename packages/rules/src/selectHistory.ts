import { type ConflictIntervals, conflictIntervals, NO_CONFLICT } from './armedConflict.js';
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
  /** For each retraction that retracts some of the treaty's own events, those events. */
  readonly retractedTreatyEvents: ReadonlyMap<string, readonly TreatyEvent[]>;
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
  let stateWide = false;
  for (const event of events) {
    if (event.state !== state) throw new MixedStatesError(state, event.state);
    if (event.date > asOf) continue;
    if (event.treaty === treaty) selected.push(event);
    else if (event.treaty === null) {
      selected.push(event);
      stateWide = true;
    }
  }
  if (!isInOrder(selected)) selected.sort(compareEvents);
  // Only state-wide facts retract events or make an armed conflict.
  const retractedBy = stateWide ? retractionsThatCount(selected) : NO_RETRACTIONS;
  return {
    state,
    events: selected,
    retractedBy,
    retractedTreatyEvents: byRetraction(selected, retractedBy),
    conflicts: stateWide ? conflictIntervals(selected, retractedBy) : NO_CONFLICT,
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

const NO_RETRACTIONS: ReadonlyMap<string, TreatyEvent> = new Map();
const NO_GROUPS: ReadonlyMap<string, readonly TreatyEvent[]> = new Map();

/** The treaty's own retracted events, grouped by the retraction that retracts them. */
function byRetraction(
  events: readonly TreatyEvent[],
  retractedBy: ReadonlyMap<string, TreatyEvent>,
): ReadonlyMap<string, readonly TreatyEvent[]> {
  if (retractedBy.size === 0) return NO_GROUPS;
  const groups = new Map<string, TreatyEvent[]>();
  for (const event of events) {
    const retraction = event.treaty === null ? undefined : retractedBy.get(event.id);
    if (retraction === undefined) continue;
    const group = groups.get(retraction.id);
    if (group === undefined) groups.set(retraction.id, [event]);
    else group.push(event);
  }
  return groups;
}
