import { assessState } from './assessState.js';
import type { IsoDate, TreatyEvent, TreatyId } from './types.js';

/**
 * Whether, on the facts recorded so far, `state`'s withdrawal from `treaty`
 * takes effect on `effectiveOn`: assessed as of that day, it is `withdrawn`
 * with that effective date. False when a revocation or retraction cancelled
 * it, a correction moved it, or an armed conflict that the clause counts
 * would suspend it (as long as the conflict has not ended, the date does not
 * hold).
 *
 * @example
 * effectiveDateHolds('PL', events, 'apmbc', '2026-02-20'); // true, or false once a conflict began
 */
export function effectiveDateHolds(
  state: string,
  events: readonly TreatyEvent[],
  treaty: TreatyId,
  effectiveOn: IsoDate,
): boolean {
  const then = assessState(state, events, effectiveOn).find((a) => a.treaty === treaty);
  return then?.status === 'withdrawn' && then.effectiveOn === effectiveOn;
}
