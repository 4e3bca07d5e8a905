/* A frozen copy of src/retractedEventIds.ts, for `assessReference`. */
import type { TreatyEvent } from '../../src/types.js';

/**
 * Ids of the events that no longer count because a retraction that itself
 * counts names them. A retraction may retract any event, including another
 * retraction (which restores what that one retracted). `events` must be
 * sorted with `compareEvents` and hold only events up to the day assessed.
 * A cycle of retractions (possible only with client-chosen ids) is broken at
 * the retraction that comes first in that order: it does not count.
 */
export function retractedEventIds(events: readonly TreatyEvent[]): ReadonlySet<string> {
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
