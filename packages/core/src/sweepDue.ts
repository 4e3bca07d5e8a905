import type { IsoDate, StatusChange, TreatyId } from '@treatywatch/rules';
import { evaluateState } from './evaluateState.js';
import { parseAsOf } from './parseAsOf.js';
import type { AssessmentStore, Clock, EventStore } from './ports.js';

/** What a sweep found and did. */
export interface SweepDueResult {
  readonly asOf: IsoDate;
  /** Assessments whose review date had come. */
  readonly due: number;
  /** The assessments that were due, as read from the due index. */
  readonly dueAssessments: readonly { readonly state: string; readonly treaty: TreatyId }[];
  /** States evaluated, each once. */
  readonly states: string[];
  readonly changes: StatusChange[];
}

/**
 * The scheduler's first step: reads only the assessments due on or before
 * `asOf` (default: today; a status review or a reminder day, see `dueOn`)
 * and evaluates each of their states once.
 */
export async function sweepDue(
  deps: { events: EventStore; assessments: AssessmentStore; clock: Clock },
  asOf?: IsoDate,
): Promise<SweepDueResult> {
  const day = parseAsOf(asOf, deps.clock);
  let due = 0;
  const states = new Set<string>();
  const dueAssessments: { state: string; treaty: TreatyId }[] = [];
  for await (const assessment of deps.assessments.listDue(day)) {
    due += 1;
    states.add(assessment.state);
    dueAssessments.push({ state: assessment.state, treaty: assessment.treaty });
  }
  const changes: StatusChange[] = [];
  for (const state of states) {
    const result = await evaluateState(deps, state, day);
    changes.push(...result.changes);
  }
  return { asOf: day, due, dueAssessments, states: [...states], changes };
}
