import type { TreatyEvent } from './types.js';

/**
 * Ids of the events that no longer count because a retraction that itself
 * counts names them. A retraction may retract any event, including another
 * retraction (which restores what that one retracted). `events` must be
 * sorted with `compareEvents` and hold only events up to the day assessed.
 * A cycle of retractions (possible only with client-chosen ids) is broken at
 * the retraction that comes first in that order: it does not count.
 */
export function retractedEventIds(events: readonly TreatyEvent[]): ReadonlySet<string> {
  const named = retractionsThatCount(
    events.filter((event) => event.type === 'event-retracted'),
    events,
  );
  const retracted = new Set<string>();
  for (const event of events) {
    if (named.has(event.id)) retracted.add(event.id);
  }
  return retracted;
}

/**
 * For `assess`'s hot path: a set that holds the id of every event of
 * `events` that {@link retractedEventIds} holds, and of no other event of
 * `events` (it may also hold ids that name no event there). `retractions`
 * are the retractions among `events`, in any order, gathered by the caller
 * while it selected them. Usually no retraction is itself retracted, and the
 * set is just the ids the retractions name; only a chain or a cycle takes the
 * full resolution.
 */
export function retractionsThatCount(
  retractions: readonly TreatyEvent[],
  events: readonly TreatyEvent[],
): ReadonlySet<string> {
  const named = new Set<string>();
  for (const retraction of retractions) {
    if (retraction.retracts !== undefined) named.add(retraction.retracts);
  }
  for (const retraction of retractions) {
    if (named.has(retraction.id)) return resolveChains(events);
  }
  return named;
}

/** The full resolution, when some retraction names another: a retraction counts unless retracted. */
function resolveChains(events: readonly TreatyEvent[]): ReadonlySet<string> {
  const retractors = new Map<string, TreatyEvent[]>();
  for (const event of events) {
    if (event.type !== 'event-retracted' || event.retracts === undefined) continue;
    const list = retractors.get(event.retracts);
    if (list === undefined) retractors.set(event.retracts, [event]);
    else list.push(event);
  }
  const verdicts = new Map<string, boolean>();
  const visiting = new Set<string>();
  const isRetracted = (id: string): boolean => {
    const known = verdicts.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return true;
    visiting.add(id);
    let retracted = false;
    for (const retraction of retractors.get(id) ?? []) {
      if (!isRetracted(retraction.id)) {
        retracted = true;
        break;
      }
    }
    visiting.delete(id);
    verdicts.set(id, retracted);
    return retracted;
  };
  const retracted = new Set<string>();
  for (const event of events) {
    if (retractors.has(event.id) && isRetracted(event.id)) retracted.add(event.id);
  }
  return retracted;
}
