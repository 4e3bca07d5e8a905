import { validateEvents } from '@treatywatch/rules';
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
 * written. Recording the same event again reports it as a duplicate.
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
