import { AssessmentWalk, advance } from './AssessmentWalk.js';
import { applyEvent } from './applyEvent.js';
import { armedConflictOn, conflictIntervals, NO_CONFLICT } from './armedConflict.js';
import { canonicalEventType } from './canonicalEventType.js';
import { compareEvents } from './compareEvents.js';
import { InvalidDateError, MixedStatesError } from './errors.js';
import { EVENT_WORDS } from './eventWords.js';
import { clauseSentence, periodWords } from './explanationText.js';
import { getTreaty } from './getTreaty.js';
import { isIsoDate } from './isIsoDate.js';
import { retractionsThatCount } from './retractedEventIds.js';
import { sortEvents } from './sortEvents.js';
import type { Assessment, IsoDate, Treaty, TreatyEvent, TreatyId } from './types.js';

/** Sentences that depend only on the treaty, built once per catalog entry. */
const WORDING = new WeakMap<Treaty, { clause: string; period: string }>();

function wording(treaty: Treaty): { clause: string; period: string } {
  let known = WORDING.get(treaty);
  if (known === undefined) {
    known = { clause: clauseSentence(treaty), period: periodWords(treaty.noticePeriod) };
    WORDING.set(treaty, known);
  }
  return known;
}

function addSource(sources: string[], source: string): void {
  if (!sources.includes(source)) sources.push(source);
}

/**
 * Assesses one state's position towards one treaty on `asOf`, exactly per
 * DESIGN.md ("Evaluation", rules 1–8). `events` are one state's validated
 * events, in any order, of any treaty: the treaty's own and the state-wide
 * ones (armed conflict, retractions) count. Throws only for programmer
 * errors: an invalid `asOf`, events of several states. `treatyOrClause` is a
 * catalog id or a clause of the same shape (a clause the catalog does not
 * hold, e.g. one checked at notification like the Geneva Conventions').
 *
 * Decisions where the design is silent: a withdrawal takes effect at the
 * start of its day, so a revocation dated that day comes too late while an
 * armed conflict beginning that day still defers it; `since` is `null` while
 * the state has never left `party`; a suspended withdrawal has no
 * `effectiveOn` until the conflict's end is recorded.
 *
 * @example
 * assess('apmbc', finlandEvents, '2026-01-15').status; // 'withdrawn'
 */
export function assess(
  treatyOrClause: TreatyId | Treaty,
  events: readonly TreatyEvent[],
  asOf: IsoDate,
): Assessment {
  const clause: Treaty =
    typeof treatyOrClause === 'string' ? getTreaty(treatyOrClause) : treatyOrClause;
  const treaty = clause.id;
  if (!isIsoDate(asOf)) throw new InvalidDateError(asOf);
  const state = events.length === 0 ? '' : (events[0] as TreatyEvent).state;

  // Rule 1: only this treaty's events and the state-wide ones, dated up to asOf, in a total order.
  const selected: TreatyEvent[] = [];
  let sorted = true;
  let hasRetraction = false;
  let retractions: TreatyEvent[] | null = null;
  let hasConflict = false;
  let lastDate = '';
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TreatyEvent;
    if (event.state !== state) throw new MixedStatesError(state, event.state);
    const date = event.date;
    if (date > asOf) continue;
    const eventTreaty = event.treaty;
    if (eventTreaty === null) {
      if (event.type === 'event-retracted') hasRetraction = true;
      else hasConflict = true;
    } else if (eventTreaty !== treaty) continue;
    // Dates differ far more often than not: compare whole events only on a tie or a step back.
    if (
      sorted &&
      lastDate >= date &&
      selected.length > 0 &&
      compareEvents(selected[selected.length - 1] as TreatyEvent, event) > 0
    ) {
      sorted = false;
    }
    lastDate = date;
    selected.push(event);
    // Gathered whatever their treaty, used only when a state-wide one is there: as rule 1 has always read.
    if (event.type === 'event-retracted') {
      retractions ??= [];
      retractions.push(event);
    }
  }
  if (!sorted) sortEvents(selected);
  const retracted =
    hasRetraction && retractions !== null ? retractionsThatCount(retractions, selected) : null;
  const conflicts = hasConflict ? conflictIntervals(selected, retracted) : NO_CONFLICT;

  const { article } = clause;
  const words = wording(clause);
  const explanation: string[] = [words.clause];
  const walk = new AssessmentWalk(state, clause, words.period, conflicts, explanation);
  const sources: string[] = [];

  for (const event of selected) {
    // State-wide facts are read through `conflicts` and `retracted`, not here.
    if (event.treaty !== treaty) continue;
    const type = canonicalEventType(event.type);
    if (retracted?.has(event.id)) {
      explanation.push(
        `The event of ${event.date} (${EVENT_WORDS[type]}) was retracted and does not count.`,
      );
      continue;
    }
    const day = event.date;
    advance(walk, day);
    addSource(sources, event.source);
    applyEvent(walk, event, type);
  }
  advance(walk, asOf);
  const { status, since, notifiedOn, dueOn } = walk;
  let effectiveOn = walk.effectiveOn;

  // Under way today and no withdrawal running: say what the clause would do to one notified now.
  const ongoing =
    clause.armedConflictClause !== 'none' &&
    hasConflict &&
    notifiedOn === null &&
    status !== 'withdrawn'
      ? armedConflictOn(conflicts, asOf)
      : -1;
  if (ongoing >= 0) walk.conflictUsed = true;

  if (walk.conflictUsed && hasConflict) {
    for (const event of selected) {
      if (
        (event.type === 'armed-conflict-began' || event.type === 'armed-conflict-ended') &&
        !retracted?.has(event.id)
      ) {
        addSource(sources, event.source);
      }
    }
  }
  if (walk.suspensionDeclared && walk.objections !== '') {
    explanation.push(`Objections to the declared suspension: ${walk.objections}.`);
  }
  if (ongoing >= 0) {
    explanation.push(
      clause.armedConflictClause === 'at-expiry'
        ? `As of ${asOf} the state has been engaged in an armed conflict since ${conflicts.began[ongoing]}: under ${article}, a withdrawal notified now would not take effect while it is still so engaged when the notice period ends.`
        : `As of ${asOf} the state has been engaged in an armed conflict since ${conflicts.began[ongoing]}: under ${article}, a withdrawal notified now would not take effect before that armed conflict ends.`,
    );
  }
  let nextReviewOn: IsoDate | null = null;
  if (status === 'withdrawal-pending') {
    nextReviewOn = dueOn;
    explanation.push(
      effectiveOn === null
        ? `As of ${asOf} the withdrawal is pending; from ${dueOn} it waits for the end of the armed conflict.`
        : clause.armedConflictClause === 'at-expiry'
          ? `As of ${asOf} the withdrawal is pending; it takes effect on ${effectiveOn} unless the state is then engaged in an armed conflict.`
          : `As of ${asOf} the withdrawal is pending; it takes effect on ${effectiveOn}.`,
    );
  } else if (status === 'withdrawal-suspended') {
    effectiveOn = null;
    explanation.push(
      `As of ${asOf} the armed conflict has not ended; the withdrawal waits for its end.`,
    );
  } else if (status !== 'withdrawn') {
    effectiveOn = null;
  }
  return { state, treaty, status, since, effectiveOn, nextReviewOn, explanation, sources };
}
