/* A frozen copy of src/armedConflict.ts, for `assessReference`. */
import type { IsoDate, TreatyEvent } from '../../src/types.js';

/**
 * A state's armed conflict as a union of intervals `[began, ended)`
 * (DESIGN.md rule 4): `began[i]` is the first day engaged, `ended[i]` the
 * first day no longer engaged, `null` while it has not ended.
 */
export interface ConflictIntervals {
  readonly began: readonly IsoDate[];
  readonly ended: readonly (IsoDate | null)[];
}

/** No armed conflict at all. */
export const NO_CONFLICT: ConflictIntervals = { began: [], ended: [] };

/**
 * Builds the conflict intervals from one state's events, sorted with
 * `compareEvents`. `armed-conflict-ended` means the state is no longer engaged
 * in any armed conflict; a second `armed-conflict-began` while engaged adds
 * nothing. A day with both a beginning and an end leaves the state as it was:
 * `[a, d) ∪ [d, b)` is one interval, `[d, d)` is empty.
 */
export function conflictIntervals(
  events: readonly TreatyEvent[],
  retracted: ReadonlySet<string> | null,
): ConflictIntervals {
  const began: IsoDate[] = [];
  const ended: (IsoDate | null)[] = [];
  let engaged = false;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TreatyEvent;
    if (event.type !== 'armed-conflict-began' && event.type !== 'armed-conflict-ended') continue;
    if (retracted?.has(event.id)) continue;
    const day = event.date;
    let begins = false;
    let ends = false;
    for (; i < events.length; i++) {
      const same = events[i] as TreatyEvent;
      if (same.date !== day) break;
      if (retracted?.has(same.id)) continue;
      if (same.type === 'armed-conflict-began') begins = true;
      else if (same.type === 'armed-conflict-ended') ends = true;
    }
    i--;
    if (begins && ends) continue;
    if (begins && !engaged) {
      began.push(day);
      ended.push(null);
      engaged = true;
    } else if (ends && engaged) {
      ended[ended.length - 1] = day;
      engaged = false;
    }
  }
  return began.length === 0 ? NO_CONFLICT : { began, ended };
}

/**
 * The index of the conflict interval that holds on `day`, or -1 when the
 * state is not engaged in an armed conflict that day.
 *
 * @example
 * armedConflictOn({ began: ['2022-02-24'], ended: [null] }, '2025-12-27'); // 0
 */
export function armedConflictOn(intervals: ConflictIntervals, day: IsoDate): number {
  const { began, ended } = intervals;
  for (let i = 0; i < began.length; i++) {
    const end = ended[i];
    if ((began[i] as IsoDate) <= day && (end === null || end === undefined || day < end)) return i;
  }
  return -1;
}
