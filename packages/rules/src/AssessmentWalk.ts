import { armedConflictOn, type ConflictIntervals } from './armedConflict.js';
import type { Status } from './constants.js';
import type { Explanation } from './Explanation.js';
import type { IsoDate, Treaty } from './types.js';

/**
 * Where one `assess` call stands as it walks a state's events in order: the
 * status so far, the withdrawal cycle under way, and the explanation written
 * so far. The steps below and in `applyEvent` move it on.
 */
export class AssessmentWalk {
  status: Status = 'party';
  since: IsoDate | null = null;
  effectiveOn: IsoDate | null = null;
  /** The day the state last became a party, as recorded. */
  joinedOn: IsoDate | null = null;
  /** The running cycle's notification, if any. */
  notifiedOn: IsoDate | null = null;
  /** Pending: the day the notice period (or the named date) ends. */
  dueOn: IsoDate | null = null;
  /** Suspended, or checked at notification: the conflict's recorded end. */
  conflictEnd: IsoDate | null = null;
  /** Checked at notification: engaged when notified. */
  deferred = false;
  /** Whether an armed conflict was looked at, so its facts are among the sources. */
  conflictUsed = false;
  suspensionDeclared = false;
  /** "Switzerland (2025-07-01)", one per objection, each once; `null` until there is one. */
  objections: Set<string> | null = null;
  /** The next of `conflicts.handovers` not yet passed. */
  handoverIndex = 0;

  constructor(
    readonly state: string,
    readonly clause: Treaty,
    readonly conflicts: ConflictIntervals,
    readonly explanation: Explanation,
  ) {}
}

/**
 * Why a step that would move the status or start a cycle does not: the
 * withdrawal has taken effect, or a notification is running; `null` when
 * nothing holds it.
 */
export function heldBy(walk: AssessmentWalk): string | null {
  if (walk.status === 'withdrawn') return 'the withdrawal had already taken effect';
  if (walk.notifiedOn !== null) return `the notification of ${walk.notifiedOn} is running`;
  return null;
}

/** Moves to `next` from `day`; staying in the same status keeps its `since`. */
export function move(walk: AssessmentWalk, next: Status, day: IsoDate): void {
  if (walk.status !== next) {
    walk.status = next;
    walk.since = day;
  }
}

/** The withdrawal takes effect on `day`: no cycle is under way any more. */
export function takeEffect(walk: AssessmentWalk, day: IsoDate): void {
  move(walk, 'withdrawn', day);
  endCycle(walk);
  walk.effectiveOn = day;
}

/** No withdrawal is under way any more (revoked in time, or joined anew). */
export function endCycle(walk: AssessmentWalk): void {
  walk.effectiveOn = null;
  walk.notifiedOn = null;
  walk.dueOn = null;
  walk.conflictEnd = null;
}

/** Evaluation rule 5: what happens, with no new fact, up to and including `day`. */
export function advance(walk: AssessmentWalk, day: IsoDate): void {
  const expiry = walk.dueOn;
  if (walk.status === 'withdrawal-pending' && expiry !== null && expiry <= day) {
    expiryReached(walk, expiry);
  }
  passHandovers(walk, day);
  const conflictEnd = walk.conflictEnd;
  if (walk.status === 'withdrawal-suspended' && conflictEnd !== null && conflictEnd <= day) {
    walk.explanation.dated(
      conflictEnd,
      `${conflictEnd}: the armed conflict ended; the withdrawal took effect.`,
    );
    takeEffect(walk, conflictEnd);
  }
}

/** Evaluation rule 4: a suspended withdrawal stays so when one conflict ends and another begins the same day; say both. */
function passHandovers(walk: AssessmentWalk, day: IsoDate): void {
  const { handovers } = walk.conflicts;
  while (walk.handoverIndex < handovers.length) {
    const handover = handovers[walk.handoverIndex] as IsoDate;
    if (handover > day) return;
    walk.handoverIndex += 1;
    if (walk.status === 'withdrawal-suspended' && walk.since !== null && handover >= walk.since) {
      walk.explanation.dated(
        handover,
        `${handover}: an armed conflict ended and another began the same day; the state stayed engaged, and the withdrawal stays suspended.`,
      );
    }
  }
}

/** Evaluation rules 3 and 5: the notice period of a pending withdrawal ends on `expiry`. */
function expiryReached(walk: AssessmentWalk, expiry: IsoDate): void {
  const { clause, conflicts, explanation } = walk;
  walk.dueOn = null;
  if (clause.armedConflictClause === 'none') {
    explanation.dated(expiry, `${expiry}: the notice period ended; the withdrawal took effect.`);
    takeEffect(walk, expiry);
  } else if (clause.armedConflictClause === 'at-expiry') {
    walk.conflictUsed = true;
    const held = armedConflictOn(conflicts, expiry);
    if (held < 0) {
      explanation.dated(
        expiry,
        `${expiry}: the notice period ended with the state not engaged in an armed conflict; the withdrawal took effect.`,
      );
      takeEffect(walk, expiry);
    } else {
      explanation.dated(
        expiry,
        `${expiry}: the notice period ended while the state was engaged in an armed conflict (since ${conflicts.began[held]}); under ${clause.article} the withdrawal is suspended until the armed conflict ends.`,
      );
      move(walk, 'withdrawal-suspended', expiry);
      walk.conflictEnd = conflicts.ended[held] ?? null;
    }
  } else if (walk.deferred && (walk.conflictEnd === null || walk.conflictEnd > expiry)) {
    explanation.dated(
      expiry,
      `${expiry}: the notice period ended, but the armed conflict under way at notification has not ended; the withdrawal is suspended until it ends.`,
    );
    move(walk, 'withdrawal-suspended', expiry);
  } else {
    explanation.dated(expiry, `${expiry}: the notice period ended; the withdrawal took effect.`);
    takeEffect(walk, expiry);
  }
}
