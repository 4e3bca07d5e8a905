import { AssessmentWalk, advance, becomeParty, move } from './AssessmentWalk.js';
import { shiftDate } from './addPeriod.js';
import { armedConflictOn, conflictIntervals, NO_CONFLICT } from './armedConflict.js';
import { canonicalEventType } from './canonicalEventType.js';
import { compareEvents } from './compareEvents.js';
import { InvalidDateError, MixedStatesError } from './errors.js';
import { EVENT_WORDS } from './eventWords.js';
import { clauseSentence, periodWords, suspensionSentence } from './explanationText.js';
import { getTreaty } from './getTreaty.js';
import { isIsoDate } from './isIsoDate.js';
import { retractionsThatCount } from './retractedEventIds.js';
import { sortEvents } from './sortEvents.js';
import { stateName } from './stateName.js';
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
    if (event.type === 'event-retracted') {
      retractions ??= [];
      retractions.push(event);
    }
  }
  if (!sorted) sortEvents(selected);
  const retracted =
    hasRetraction && retractions !== null ? retractionsThatCount(retractions, selected) : null;
  const conflicts = hasConflict ? conflictIntervals(selected, retracted) : NO_CONFLICT;

  const { shortName, article } = clause;
  const words = wording(clause);
  const explanation: string[] = [words.clause];
  const walk = new AssessmentWalk(clause, conflicts, explanation);
  const sources: string[] = [];
  let suspensionDeclared = false;
  let objections = '';

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
    // A derived or disputed date is said to be one wherever the explanation cites it.
    const told = event.confidence === 'unverified' ? `${day} (date unverified)` : day;
    advance(walk, day);
    addSource(sources, event.source);
    const running = walk.notifiedOn !== null;
    const withdrawn = walk.status === 'withdrawn';
    switch (type) {
      case 'withdrawal-announced':
      case 'withdrawal-approved':
      case 'suspension-declared': {
        const what =
          type === 'withdrawal-announced'
            ? 'the withdrawal was announced'
            : type === 'withdrawal-approved'
              ? 'the withdrawal was approved domestically'
              : `the state declared that it suspends the operation of the ${shortName}`;
        if (type === 'suspension-declared') suspensionDeclared = true;
        if (running || withdrawn) {
          const why = withdrawn
            ? 'the withdrawal had already taken effect'
            : `the notification of ${walk.notifiedOn} is running`;
          explanation.push(`${told}: ${what}; the status does not change, as ${why}.`);
        } else {
          explanation.push(`${told}: ${what}.`);
          move(walk, type, day);
        }
        if (type === 'suspension-declared') explanation.push(suspensionSentence(clause));
        break;
      }
      case 'withdrawal-notified': {
        if (running || withdrawn) {
          const why = withdrawn
            ? 'the withdrawal had already taken effect'
            : `the notification of ${walk.notifiedOn} is still running`;
          explanation.push(
            `${told}: another instrument of withdrawal was received; it changes nothing, as ${why}.`,
          );
          break;
        }
        const expiry = shiftDate(day, clause.noticePeriod);
        let due = expiry;
        explanation.push(
          `${told}: the depositary received the instrument of withdrawal; the notice period of ${words.period} ends on ${expiry}.`,
        );
        const named = event.effectiveDate;
        if (named !== undefined) {
          if (!clause.laterDateAllowed) {
            explanation.push(
              `The instrument names ${named}, but ${article} allows no later date; the named date is ignored.`,
            );
          } else if (named > expiry) {
            explanation.push(
              `The instrument names ${named}, later than ${expiry}; the withdrawal is due on ${named}.`,
            );
            due = named;
          } else {
            explanation.push(
              `The instrument names ${named}, which is not later than the end of the notice period (${expiry}); the named date is ignored.`,
            );
          }
        }
        walk.notifiedOn = day;
        walk.dueOn = due;
        walk.effectiveOn = due;
        walk.conflictEnd = null;
        walk.deferred = false;
        if (clause.armedConflictClause === 'at-notification') {
          walk.conflictUsed = true;
          const held = armedConflictOn(conflicts, day);
          if (held >= 0) {
            const conflictEnd = conflicts.ended[held] ?? null;
            walk.deferred = true;
            walk.conflictEnd = conflictEnd;
            walk.effectiveOn = conflictEnd === null ? null : conflictEnd > due ? conflictEnd : due;
            explanation.push(
              `${told}: the state was engaged in an armed conflict (since ${conflicts.began[held]}) when it notified; under ${article} the withdrawal cannot take effect before that armed conflict ends.`,
            );
          }
        }
        move(walk, 'withdrawal-pending', day);
        break;
      }
      case 'withdrawal-revoked':
        if (withdrawn) {
          explanation.push(
            `${told}: the state revoked its withdrawal, but the withdrawal had already taken effect on ${walk.effectiveOn}; the revocation changes nothing.`,
          );
        } else if (walk.status === 'party') {
          explanation.push(
            `${told}: a revocation was recorded, but no withdrawal was under way; it changes nothing.`,
          );
        } else {
          explanation.push(
            `${told}: the state revoked its withdrawal before it took effect; it is a party again.`,
          );
          becomeParty(walk, day);
        }
        break;
      case 'became-party':
        explanation.push(
          `${told}: the state became a party; it is bound by the ${shortName} from that day.`,
        );
        becomeParty(walk, day);
        break;
      case 'objection-lodged':
        explanation.push(
          `${told}: ${stateName(event.objector ?? '')} objected to ${stateName(state)}'s ${suspensionDeclared ? 'declared suspension' : 'act'}; an objection changes no status.`,
        );
        objections =
          objections === ''
            ? `${stateName(event.objector ?? '')} (${day})`
            : `${objections}, ${stateName(event.objector ?? '')} (${day})`;
        break;
      default:
        break;
    }
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
  if (suspensionDeclared && objections !== '') {
    explanation.push(`Objections to the declared suspension: ${objections}.`);
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
