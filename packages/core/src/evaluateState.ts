import { assessState, diff, type IsoDate, type StatusChange } from '@treatywatch/rules';
import { assessmentNeedsWrite } from './assessmentNeedsWrite.js';
import { MAX_EVALUATION_ATTEMPTS } from './constants.js';
import { VersionConflictError } from './errors.js';
import { parseAsOf } from './parseAsOf.js';
import { parseStateCode } from './parseStateCode.js';
import type { AssessmentStore, Clock, EventStore, StoredAssessment } from './ports.js';
import { toAssessment } from './toAssessment.js';

/** What one evaluation of a state wrote. */
export interface EvaluateStateResult {
  readonly state: string;
  readonly asOf: IsoDate;
  /** Status changes this call wrote (and so will be alerted on). */
  readonly changes: StatusChange[];
  /** Assessments this call wrote. */
  readonly written: number;
}

/**
 * Assesses every treaty of `state` as of `asOf` (default: today) from its
 * stored events and writes the assessments that changed, each conditional on
 * the version it read. When another evaluation wrote first, it re-reads and
 * tries again, so concurrent evaluations write each change exactly once.
 */
export async function evaluateState(
  deps: { events: EventStore; assessments: AssessmentStore; clock: Clock },
  state: string,
  asOf?: IsoDate,
): Promise<EvaluateStateResult> {
  const code = parseStateCode(state);
  const day = parseAsOf(asOf, deps.clock);
  const changes: StatusChange[] = [];
  let written = 0;

  for (let attempt = 1; ; attempt += 1) {
    try {
      const [events, stored] = await Promise.all([
        deps.events.listByState(code),
        deps.assessments.listByState(code),
      ]);
      const storedByTreaty = new Map<string, StoredAssessment>(stored.map((s) => [s.treaty, s]));
      for (const next of assessState(code, events, day)) {
        const previous = storedByTreaty.get(next.treaty) ?? null;
        if (!assessmentNeedsWrite(previous, next)) continue;
        await deps.assessments.put(next, previous?.version ?? 0, deps.clock.now());
        written += 1;
        const change = diff(previous === null ? null : toAssessment(previous), next);
        if (change !== null) changes.push(change);
      }
      return { state: code, asOf: day, changes, written };
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= MAX_EVALUATION_ATTEMPTS)
        throw error;
      // Someone else wrote meanwhile: back off a little, then re-read and compare with their write.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
