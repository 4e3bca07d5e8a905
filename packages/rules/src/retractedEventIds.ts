import type { TreatyEvent } from './types.js';

/**
 * Ids of the events that no longer count because a retraction that itself
 * counts names them (docs/rules.md, Evaluation rule 1). `events` must be
 * sorted with `compareEvents` and hold only events up to the day assessed.
 */
export function retractedEventIds(events: readonly TreatyEvent[]): ReadonlySet<string> {
  return new Set(retractionsThatCount(events).keys());
}

/** One step of the resolution: an id whose retractions are being looked at. */
interface Frame {
  readonly id: string;
  readonly retractions: readonly TreatyEvent[];
  next: number;
}

/**
 * For every event of `events` that no longer counts, the retraction that
 * retracts it (the first that counts, in event order). A retraction may
 * retract any event, another retraction included, which restores what that
 * one retracted: a retraction counts unless a retraction that counts names
 * it. A cycle of retractions (possible only with client-chosen ids) is
 * broken at the retraction that comes first in event order: it does not
 * count. `events` must be sorted with `compareEvents`.
 *
 * Iterative, with its own stack, so a chain of any depth resolves: each
 * retraction is looked at once, O(n) over the events.
 *
 * @example
 * retractionsThatCount([notified, r1, r2]).has(notified.id); // false when r2 retracts r1
 */
export function retractionsThatCount(
  events: readonly TreatyEvent[],
): ReadonlyMap<string, TreatyEvent> {
  const named = firstRetractions(events);
  // Usually no retraction is itself retracted: then every retraction counts.
  let chained = false;
  for (const retraction of named.values()) if (named.has(retraction.id)) chained = true;
  if (!chained) return named;
  const retractionsOf = new Map<string, TreatyEvent[]>();
  for (const event of events) {
    if (event.type !== 'event-retracted' || event.retracts === undefined) continue;
    const list = retractionsOf.get(event.retracts);
    if (list === undefined) retractionsOf.set(event.retracts, [event]);
    else list.push(event);
  }
  const retractedBy = new Map<string, TreatyEvent>();
  const settled = new Set<string>();
  for (const event of events) {
    if (retractionsOf.has(event.id) && !settled.has(event.id)) {
      resolve(event.id, retractionsOf, retractedBy, settled);
    }
  }
  return retractedBy;
}

/** For every id a retraction names, the first retraction (in event order) that names it. */
function firstRetractions(events: readonly TreatyEvent[]): ReadonlyMap<string, TreatyEvent> {
  let first: Map<string, TreatyEvent> | null = null;
  for (const event of events) {
    const { retracts } = event;
    if (event.type !== 'event-retracted' || retracts === undefined) continue;
    first ??= new Map();
    if (!first.has(retracts)) first.set(retracts, event);
  }
  return first ?? NONE;
}

/** No retraction at all: most histories. */
const NONE: ReadonlyMap<string, TreatyEvent> = new Map();

/**
 * Settles `start` and every retraction it depends on, depth first: an id is
 * retracted by the first of its retractions that is not itself retracted.
 * An id met again while it is still being settled is a cycle; there it
 * counts as retracted, as the recursive reading would have it.
 */
function resolve(
  start: string,
  retractionsOf: ReadonlyMap<string, readonly TreatyEvent[]>,
  retractedBy: Map<string, TreatyEvent>,
  settled: Set<string>,
): void {
  const open = new Set<string>([start]);
  const stack: Frame[] = [{ id: start, retractions: retractionsOf.get(start) ?? [], next: 0 }];
  const isRetracted = (id: string): boolean | undefined =>
    settled.has(id) ? retractedBy.has(id) : open.has(id) ? true : undefined;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    let descend: string | null = null;
    let by: TreatyEvent | null = null;
    while (frame.next < frame.retractions.length) {
      const retraction = frame.retractions[frame.next] as TreatyEvent;
      const known = isRetracted(retraction.id);
      if (known === undefined) {
        descend = retraction.id;
        break;
      }
      frame.next += 1;
      if (!known) {
        by = retraction;
        break;
      }
    }
    if (descend !== null) {
      open.add(descend);
      stack.push({ id: descend, retractions: retractionsOf.get(descend) ?? [], next: 0 });
      continue;
    }
    stack.pop();
    open.delete(frame.id);
    settled.add(frame.id);
    if (by !== null) retractedBy.set(frame.id, by);
  }
}
