import type { IsoDate, TreatyEvent } from './types.js';

/**
 * A state's armed conflict as a union of intervals `[began, ended)`
 * (docs/rules.md, Evaluation rule 4): `began[i]` is the first day engaged,
 * `ended[i]` the first day no longer engaged, `null` while it has not ended.
 * `handovers` are the days, in order, on which one armed conflict ended and
 * another began while the state stayed engaged.
 */
export interface ConflictIntervals {
  readonly began: readonly IsoDate[];
  readonly ended: readonly (IsoDate | null)[];
  readonly handovers: readonly IsoDate[];
}

/** No armed conflict at all. */
export const NO_CONFLICT: ConflictIntervals = { began: [], ended: [], handovers: [] };

/**
 * Builds the conflict intervals from one state's events, sorted with
 * `compareEvents`. `armed-conflict-ended` means the state is no longer engaged
 * in any armed conflict; a second `armed-conflict-began` while engaged adds
 * nothing. A day with both a beginning and an end leaves the state as it was:
 * `[a, d) ∪ [d, b)` is one interval (and `d` a handover), `[d, d)` is empty.
 */
export function conflictIntervals(
  events: readonly TreatyEvent[],
  retracted: ReadonlyMap<string, unknown> | ReadonlySet<string> | null,
): ConflictIntervals {
  const walk: IntervalWalk = {
    intervals: null,
    engaged: false,
    day: '',
    begins: false,
    ends: false,
  };
  for (const event of events) {
    if (event.treaty !== null) continue;
    const begins = event.type === 'armed-conflict-began';
    if ((!begins && event.type !== 'armed-conflict-ended') || retracted?.has(event.id)) continue;
    if (event.date !== walk.day) {
      settleDay(walk);
      walk.day = event.date;
      walk.begins = false;
      walk.ends = false;
    }
    if (begins) walk.begins = true;
    else walk.ends = true;
  }
  settleDay(walk);
  return walk.intervals ?? NO_CONFLICT;
}

/** The intervals built so far, and the conflict facts of the day being read. */
interface IntervalWalk {
  intervals: { began: IsoDate[]; ended: (IsoDate | null)[]; handovers: IsoDate[] } | null;
  engaged: boolean;
  day: IsoDate;
  begins: boolean;
  ends: boolean;
}

/** Applies one day's conflict facts together: a beginning and an end on one day cancel out. */
function settleDay(walk: IntervalWalk): void {
  const { day, begins, ends } = walk;
  if (day === '') return;
  if (begins === ends) {
    if (begins && walk.engaged) walk.intervals?.handovers.push(day);
  } else if (begins && !walk.engaged) {
    walk.intervals ??= { began: [], ended: [], handovers: [] };
    walk.intervals.began.push(day);
    walk.intervals.ended.push(null);
    walk.engaged = true;
  } else if (ends && walk.engaged && walk.intervals !== null) {
    walk.intervals.ended[walk.intervals.ended.length - 1] = day;
    walk.engaged = false;
  }
}

/**
 * The index of the conflict interval that holds on `day`, or -1 when the
 * state is not engaged in an armed conflict that day. A binary search: the
 * intervals are disjoint and in order.
 *
 * @example
 * armedConflictOn({ began: ['2022-02-24'], ended: [null], handovers: [] }, '2025-12-27'); // 0
 */
export function armedConflictOn(intervals: ConflictIntervals, day: IsoDate): number {
  const { began, ended } = intervals;
  let low = 0;
  let high = began.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((began[middle] as IsoDate) <= day) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (last < 0) return -1;
  const end = ended[last];
  return end === null || end === undefined || day < end ? last : -1;
}
