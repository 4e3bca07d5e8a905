import { AssessmentWalk, advance } from './AssessmentWalk.js';
import { applyEvent } from './applyEvent.js';
import { concludeAssessment } from './concludeAssessment.js';
import { Explanation } from './Explanation.js';
import { InvalidDateError } from './errors.js';
import { EVENT_WORDS } from './eventWords.js';
import { openingSentence } from './explanationText.js';
import { getTreaty } from './getTreaty.js';
import { isIsoDate } from './isIsoDate.js';
import { selectHistory } from './selectHistory.js';
import type { Assessment, IsoDate, Treaty, TreatyEvent, TreatyId } from './types.js';

/** No retracted events: what most events retract. */
const NOTHING: readonly TreatyEvent[] = [];

/**
 * Assesses one state's position towards one treaty on `asOf`, as
 * docs/rules.md says ("Evaluation", rules 1–9). `events` are one state's
 * validated events, in any order, of any treaty: the treaty's own and the
 * state-wide ones (armed conflict, retractions) count. Throws only for
 * programmer errors: an invalid `asOf`, events of several states.
 * `treatyOrClause` is a catalog id or a clause of the same shape (a clause
 * the catalog does not hold, e.g. one checked at notification like the
 * Geneva Conventions').
 *
 * The steps: select and order what counts (rule 1); walk the events in
 * order, letting time pass up to each (rule 5), applying each of the
 * treaty's own that is not retracted (rules 2, 3, 6, 7) and citing the
 * retracted ones at their retraction; let time pass up to `asOf`; conclude.
 *
 * @example
 * assess('apmbc', finlandEvents, '2026-01-15').status; // 'withdrawn'
 */
export function assess(
  treatyOrClause: TreatyId | Treaty,
  events: readonly TreatyEvent[],
  asOf: IsoDate,
): Assessment {
  const clause = typeof treatyOrClause === 'string' ? getTreaty(treatyOrClause) : treatyOrClause;
  if (!isIsoDate(asOf)) throw new InvalidDateError(asOf);
  const history = selectHistory(clause.id, events, asOf);
  const explanation = new Explanation(openingSentence(clause));
  const walk = new AssessmentWalk(history.state, clause, history.conflicts, explanation);
  const sources = new Set<string>();
  for (const event of history.events) {
    advance(walk, event.date);
    if (event.treaty !== null && !history.retractedBy.has(event.id)) {
      sources.add(event.source);
      applyEvent(walk, event);
    }
    // A retracted fact is cited on the day of the retraction that retracts it.
    for (const retracted of history.retractedTreatyEvents.get(event.id) ?? NOTHING) {
      explanation.dated(
        event.date,
        `${event.date}: the event of ${retracted.date} (${EVENT_WORDS[retracted.type]}) was retracted and does not count.`,
      );
    }
  }
  advance(walk, asOf);
  return concludeAssessment(walk, history, sources, asOf);
}
