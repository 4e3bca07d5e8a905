import { armedConflictOn, type ConflictIntervals } from './armedConflict.js';
import type { Status } from './constants.js';
import type { IsoDate, Treaty } from './types.js';

/**
 * The mutable state of one `assess` call as it walks a state's events in
 * order: the status so far, the withdrawal cycle under way, and the
 * explanation written so far. One plain object per call, and the steps below
 * are module-level functions over it, so the hot path allocates no closures.
 */
export class AssessmentWalk {
  status: Status = 'party';
  since: IsoDate | null = null;
  effectiveOn: IsoDate | null = null;
  /** The running cycle's notification, if any. */
  notifiedOn: IsoDate | null = null;
  /** Pending: the day the notice period (or the named date) ends. */
  dueOn: IsoDate | null = null;
  /** Suspended, or checked at notification: the conflict's recorded end. */
  conflictEnd: IsoDate | null = null;
  /** Checked at notification: engaged when notified. */
  deferred = false;
  conflictUsed = false;
  suspensionDeclared = false;
  /** "Switzerland (2025-07-01), Norway (2025-07-03)": the objections so far. */
  objections = '';

  constructor(
    readonly state: string,
    readonly clause: Treaty,
    /** The notice period in words: "6 months". */
    readonly noticeWords: string,
    readonly conflicts: ConflictIntervals,
    readonly explanation: string[],
  ) {}
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
  walk.effectiveOn = day;
  walk.notifiedOn = null;
  walk.dueOn = null;
  walk.conflictEnd = null;
}

/** A party again (revoked in time, or joined anew): no withdrawal is under way. */
export function becomeParty(walk: AssessmentWalk, day: IsoDate): void {
  move(walk, 'party', day);
  walk.effectiveOn = null;
  walk.notifiedOn = null;
  walk.dueOn = null;
  walk.conflictEnd = null;
}

/** Rule 5: what happens, with no new fact, up to and including `day`. */
export function advance(walk: AssessmentWalk, day: IsoDate): void {
  const expiry = walk.dueOn;
  if (walk.status === 'withdrawal-pending' && expiry !== null && expiry <= day) {
    expiryReached(walk, expiry);
  }
  const conflictEnd = walk.conflictEnd;
  if (walk.status === 'withdrawal-suspended' && conflictEnd !== null && conflictEnd <= day) {
    walk.explanation.push(`${conflictEnd}: the armed conflict ended; the withdrawal took effect.`);
    takeEffect(walk, conflictEnd);
  }
}

/** The notice period of a pending withdrawal ends on `expiry`. */
function expiryReached(walk: AssessmentWalk, expiry: IsoDate): void {
  const { clause, conflicts, explanation } = walk;
  walk.dueOn = null;
  if (clause.armedConflictClause === 'none') {
    explanation.push(`${expiry}: the notice period ended; the withdrawal took effect.`);
    takeEffect(walk, expiry);
  } else if (clause.armedConflictClause === 'at-expiry') {
    walk.conflictUsed = true;
    const held = armedConflictOn(conflicts, expiry);
    if (held < 0) {
      explanation.push(
        `${expiry}: the notice period ended with the state not engaged in an armed conflict; the withdrawal took effect.`,
      );
      takeEffect(walk, expiry);
    } else {
      explanation.push(
        `${expiry}: the notice period ended while the state was engaged in an armed conflict (since ${conflicts.began[held]}); under ${clause.article} the withdrawal is suspended until the armed conflict ends.`,
      );
      move(walk, 'withdrawal-suspended', expiry);
      walk.conflictEnd = conflicts.ended[held] ?? null;
    }
  } else if (walk.deferred && (walk.conflictEnd === null || walk.conflictEnd > expiry)) {
    explanation.push(
      `${expiry}: the notice period ended, but the armed conflict under way at notification has not ended; the withdrawal is suspended until it ends.`,
    );
    move(walk, 'withdrawal-suspended', expiry);
  } else {
    explanation.push(`${expiry}: the notice period ended; the withdrawal took effect.`);
    takeEffect(walk, expiry);
  }
}
