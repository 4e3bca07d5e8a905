import type { IsoDate, StatusChange } from '@treatywatch/rules';
import { evaluateState } from './evaluateState.js';
import { parseAsOf } from './parseAsOf.js';
import type { AssessmentStore, Clock, EventStore } from './ports.js';

/**
 * Evaluates every state that has events, one after another, as of `asOf`
 * (default: today).
 */
export async function evaluateAll(
  deps: { events: EventStore; assessments: AssessmentStore; clock: Clock },
  asOf?: IsoDate,
): Promise<{ asOf: IsoDate; states: number; changes: StatusChange[] }> {
  const day = parseAsOf(asOf, deps.clock);
  const states = await deps.events.listStates();
  const changes: StatusChange[] = [];
  for (const state of states) {
    const result = await evaluateState(deps, state, day);
    changes.push(...result.changes);
  }
  return { asOf: day, states: states.length, changes };
}
