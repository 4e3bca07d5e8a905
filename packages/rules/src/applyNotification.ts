import { type AssessmentWalk, heldBy, move } from './AssessmentWalk.js';
import { shiftDate } from './addPeriod.js';
import { armedConflictOn } from './armedConflict.js';
import { citedDay } from './citedDay.js';
import { periodWords } from './explanationText.js';
import type { IsoDate, TreatyEvent } from './types.js';

/**
 * A notice of withdrawal (docs/rules.md, Evaluation rules 2, 3 and 6): it
 * starts a cycle unless one is running or the withdrawal has taken effect,
 * the treaty is not in force, or the state gives notice before the treaty
 * lets it (a notice bar such as Paris Agreement Article 28(1)).
 */
export function applyNotification(walk: AssessmentWalk, event: TreatyEvent): void {
  const { clause, explanation } = walk;
  const day = event.date;
  const told = citedDay(event);
  const held = heldBy(walk);
  if (held !== null) {
    explanation.dated(
      day,
      `${told}: ${clause.noticeTo} received another notice of withdrawal; it changes nothing, as ${held}.`,
    );
    return;
  }
  if (!inForceOn(walk, day, told) || !noticeAllowedOn(walk, day, told)) return;
  const expiry = shiftDate(day, clause.noticePeriod);
  explanation.dated(
    day,
    `${told}: ${clause.noticeTo} received the notice of withdrawal; the notice period of ${periodWords(clause.noticePeriod)} ends on ${expiry}.`,
  );
  if (clause.noticeBar !== null && walk.joinedOn === null) {
    explanation.follow(
      `Under ${clause.noticeBar.article} a party may give notice only once it has been a party for ${periodWords(clause.noticeBar.period)}; no date on which the state became a party is recorded, so that bar could not be checked.`,
    );
  }
  const due = dueDate(walk, event.effectiveDate, expiry);
  walk.notifiedOn = day;
  walk.dueOn = due;
  walk.effectiveOn = due;
  walk.conflictEnd = null;
  walk.deferred = false;
  if (clause.armedConflictClause === 'at-notification') deferForConflict(walk, day, told, due);
  move(walk, 'withdrawal-pending', day);
}

/** Evaluation rule 2: a treaty not in force on `day` has no notice period to start. */
function inForceOn(walk: AssessmentWalk, day: IsoDate, told: string): boolean {
  const { clause, explanation } = walk;
  const since = clause.entryIntoForce?.date ?? null;
  if (since !== null && since <= day) return true;
  const when =
    since === null
      ? 'has not entered into force'
      : `had not yet entered into force (it did on ${since})`;
  explanation.dated(
    day,
    `${told}: ${clause.noticeTo} received a notice of withdrawal, but the ${clause.shortName} ${when}: no notice period runs and nothing takes effect, and the status does not change. Under a treaty not in force, such an instrument records that the state revokes its ratification.`,
  );
  return false;
}

/** Evaluation rule 2: a notice given before the state has been a party long enough starts nothing. */
function noticeAllowedOn(walk: AssessmentWalk, day: IsoDate, told: string): boolean {
  const { clause, explanation, joinedOn } = walk;
  const bar = clause.noticeBar;
  if (bar === null || joinedOn === null) return true;
  const firstDay = shiftDate(joinedOn, bar.period);
  if (day >= firstDay) return true;
  explanation.dated(
    day,
    `${told}: ${clause.noticeTo} received a notice of withdrawal, but under ${bar.article} a party may give notice only once it has been a party for ${periodWords(bar.period)}: the state became a party on ${joinedOn}, so the first day it could give notice is ${firstDay}. The notice starts no notice period, and the status does not change.`,
  );
  return false;
}

/** Evaluation rule 3: the day a notified withdrawal is due, with a later date named in the instrument where the treaty allows one. */
function dueDate(walk: AssessmentWalk, named: IsoDate | undefined, expiry: IsoDate): IsoDate {
  if (named === undefined) return expiry;
  const { clause, explanation } = walk;
  if (clause.laterDate === 'allowed' && named > expiry) {
    explanation.follow(
      `The instrument names ${named}, later than ${expiry}; the withdrawal is due on ${named}.`,
    );
    return named;
  }
  explanation.follow(
    clause.laterDate === 'allowed'
      ? `The instrument names ${named}, which is not later than the end of the notice period (${expiry}); the named date is ignored.`
      : clause.laterDate === 'not-provided'
        ? `The instrument names ${named}, but the treaty does not provide for a later date (${clause.article}); the named date is ignored.`
        : `The instrument names ${named}, but the catalog has no verified provision of the ${clause.shortName} for a later date; the named date is ignored.`,
  );
  return expiry;
}

/** Evaluation rule 5, tested at notification: engaged then, the withdrawal waits for that conflict's end. */
function deferForConflict(walk: AssessmentWalk, day: IsoDate, told: string, due: IsoDate): void {
  const { clause, conflicts } = walk;
  walk.conflictUsed = true;
  const held = armedConflictOn(conflicts, day);
  if (held < 0) return;
  const conflictEnd = conflicts.ended[held] ?? null;
  walk.deferred = true;
  walk.conflictEnd = conflictEnd;
  // The later of the conflict's end and the due date; none while the end is unknown.
  walk.effectiveOn = conflictEnd !== null && due >= conflictEnd ? due : conflictEnd;
  walk.explanation.dated(
    day,
    `${told}: the state was engaged in an armed conflict (since ${conflicts.began[held]}) when it notified; under ${clause.article} the withdrawal cannot take effect before that armed conflict ends.`,
  );
}
