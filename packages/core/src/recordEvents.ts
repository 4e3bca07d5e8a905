import { retractionIssues, type TreatyEvent, validateEvents } from '@treatywatch/rules';
import { InvalidInputError } from './errors.js';
import type { EventStore } from './ports.js';

/** What `recordEvents` did with each input event, in input order. */
export interface RecordEventsResult {
  readonly results: readonly { id: string; state: string; duplicate: boolean }[];
}

/**
 * Validates raw events (one object or an array) with the rules package and
 * appends them. All or nothing on validation: one invalid event rejects the
 * whole input with `InvalidInputError` listing every issue, and nothing is
 * written. A retraction must name an event of its own state, whether that
 * event is in the input or already stored (docs/rules.md, "Events"); one
 * that names an id recorded nowhere is accepted, as the event may follow.
 * Recording the same event again reports it as a duplicate.
 *
 * @example
 * await recordEvents({ events }, { state: 'UA', type: 'withdrawal-announced', treaty: 'ottawa', date: '2025-06-29', source: 'https://…' });
 */
export async function recordEvents(
  deps: { events: EventStore },
  input: unknown,
): Promise<RecordEventsResult> {
  const raw = Array.isArray(input) ? input : [input];
  if (raw.length === 0) {
    throw new InvalidInputError([{ field: '(events)', message: 'at least one event is required' }]);
  }
  const validation = validateEvents(raw);
  if (!validation.ok) throw new InvalidInputError(validation.issues);
  await refuseForeignRetractions(deps.events, validation.events);

  const { recorded } = await deps.events.append(validation.events);
  // The store lists an id twice in one input among its duplicates, yet recorded it:
  // the first mention is new, only later ones are duplicates.
  const recordedNow = new Set(recorded);
  const seen = new Set<string>();
  const results = validation.events.map((event) => {
    const duplicate = !recordedNow.has(event.id) || seen.has(event.id);
    seen.add(event.id);
    return { id: event.id, state: event.state, duplicate };
  });
  return { results };
}

/** Refuses retractions that name a stored event of another state; the input's own events were checked by validation. */
async function refuseForeignRetractions(
  store: EventStore,
  events: readonly TreatyEvent[],
): Promise<void> {
  const inInput = new Set(events.map((event) => event.id));
  const named = events.flatMap((event) =>
    event.type === 'event-retracted' && event.retracts !== undefined && !inInput.has(event.retracts)
      ? [event.retracts]
      : [],
  );
  if (named.length === 0) return;
  const stored = await store.statesOf([...new Set(named)]);
  const issues = retractionIssues(events, { stateOf: (id) => stored.get(id) });
  if (issues.length > 0) throw new InvalidInputError(issues);
}
