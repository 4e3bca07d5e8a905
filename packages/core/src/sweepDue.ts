import type { IsoDate, StatusChange } from '@treatywatch/rules';
import { evaluateState } from './evaluateState.js';
import { parseAsOf } from './parseAsOf.js';
import type { AssessmentStore, Clock, EventStore } from './ports.js';

/** What a sweep found and did. */
export interface SweepDueResult {
  readonly asOf: IsoDate;
  /** Assessments whose review date had come. */
  readonly due: number;
  /** States evaluated, each once. */
  readonly states: string[];
  readonly changes: StatusChange[];
}

/**
 * The scheduler's job: reads only the assessments due for review on or before
 * `asOf` (default: today) and evaluates each of their states once.
 */
export async function sweepDue(
  deps: { events: EventStore; assessments: AssessmentStore; clock: Clock },
  asOf?: IsoDate,
): Promise<SweepDueResult> {
  const day = parseAsOf(asOf, deps.clock);
  let due = 0;
  const states = new Set<string>();
  for await (const assessment of deps.assessments.listDue(day)) {
    due += 1;
    states.add(assessment.state);
  }
  const changes: StatusChange[] = [];
  for (const state of states) {
    const result = await evaluateState(deps, state, day);
    changes.push(...result.changes);
  }
  return { asOf: day, due, states: [...states], changes };
}
