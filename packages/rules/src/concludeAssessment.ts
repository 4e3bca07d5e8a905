import type { AssessmentWalk } from './AssessmentWalk.js';
import { armedConflictOn } from './armedConflict.js';
import type { History } from './selectHistory.js';
import type { Assessment, IsoDate } from './types.js';

/**
 * Where the walk ends up on `asOf`, as an assessment (docs/rules.md,
 * Evaluation rules 8 and 9): the closing sentences, the dates that hold for
 * the status, and the sources of the facts used, armed conflicts included
 * when the clause looked at one.
 */
export function concludeAssessment(
  walk: AssessmentWalk,
  history: History,
  sources: Set<string>,
  asOf: IsoDate,
): Assessment {
  const { clause, explanation, status, conflicts } = walk;
  if (walk.suspensionDeclared && walk.objections !== null) {
    explanation.close(`Objections to the declared suspension: ${[...walk.objections].join(', ')}.`);
  }
  const ongoing = conflictToday(walk, asOf);
  if (ongoing >= 0) {
    walk.conflictUsed = true;
    explanation.close(
      clause.armedConflictClause === 'at-expiry'
        ? `As of ${asOf} the state has been engaged in an armed conflict since ${conflicts.began[ongoing]}: under ${clause.article}, a withdrawal notified now would not take effect while it is still so engaged when the notice period ends.`
        : `As of ${asOf} the state has been engaged in an armed conflict since ${conflicts.began[ongoing]}: under ${clause.article}, a withdrawal notified now would not take effect before that armed conflict ends.`,
    );
  }
  if (walk.conflictUsed) addConflictSources(history, sources);
  let effectiveOn: IsoDate | null = null;
  let nextReviewOn: IsoDate | null = null;
  if (status === 'withdrawal-pending') {
    effectiveOn = walk.effectiveOn;
    nextReviewOn = walk.dueOn;
    explanation.close(
      effectiveOn === null
        ? `As of ${asOf} the withdrawal is pending; from ${walk.dueOn} it waits for the end of the armed conflict.`
        : clause.armedConflictClause === 'at-expiry'
          ? `As of ${asOf} the withdrawal is pending; it takes effect on ${effectiveOn} unless the state is then engaged in an armed conflict.`
          : `As of ${asOf} the withdrawal is pending; it takes effect on ${effectiveOn}.`,
    );
  } else if (status === 'withdrawal-suspended') {
    explanation.close(
      `As of ${asOf} the armed conflict has not ended; the withdrawal waits for its end.`,
    );
  } else if (status === 'withdrawn') {
    effectiveOn = walk.effectiveOn;
  }
  const { state, since } = walk;
  return {
    state,
    treaty: clause.id,
    status,
    since,
    effectiveOn,
    nextReviewOn,
    explanation: explanation.lines(),
    sources: [...sources],
  };
}

/** With no withdrawal running, the armed conflict a clause would look at today: its index, or -1. */
function conflictToday(walk: AssessmentWalk, asOf: IsoDate): number {
  if (walk.clause.armedConflictClause === 'none') return -1;
  if (walk.notifiedOn !== null || walk.status === 'withdrawn') return -1;
  return armedConflictOn(walk.conflicts, asOf);
}

function addConflictSources(history: History, sources: Set<string>): void {
  for (const event of history.events) {
    const conflict = event.type === 'armed-conflict-began' || event.type === 'armed-conflict-ended';
    if (conflict && !history.retractedBy.has(event.id)) sources.add(event.source);
  }
}
