import type { TreatyEvent } from '@treatywatch/rules';

/**
 * Ids of the events that no longer count because a correction retracts them.
 * A retraction that is itself retracted retracts nothing; a cycle of
 * retractions counts as not retracting.
 */
export function retractedEventIds(events: readonly TreatyEvent[]): Set<string> {
  const retractionsOf = new Map<string, string[]>();
  for (const e of events) {
    if (e.type === 'event-retracted' && e.retracts) {
      retractionsOf.set(e.retracts, [...(retractionsOf.get(e.retracts) ?? []), e.id]);
    }
  }
  const memo = new Map<string, boolean>();
  const isRetracted = (id: string, visiting: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return false;
    visiting.add(id);
    const answer = (retractionsOf.get(id) ?? []).some((r) => !isRetracted(r, visiting));
    visiting.delete(id);
    memo.set(id, answer);
    return answer;
  };
  return new Set(events.filter((e) => isRetracted(e.id, new Set())).map((e) => e.id));
}
