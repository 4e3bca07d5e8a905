import { assess } from './assess.js';
import type { Assessment, IsoDate, TreatyEvent, TreatyId } from './types.js';

/**
 * Assesses every treaty for which `state` has a treaty event dated up to
 * `asOf`, sorted by treaty id. Events of other states are ignored; the
 * state's armed-conflict events and retractions count for every treaty.
 *
 * @example
 * assessState('LT', events, '2026-01-15').map((a) => a.treaty); // ['apmbc', 'ccm']
 */
export function assessState(
  state: string,
  events: readonly TreatyEvent[],
  asOf: IsoDate,
): Assessment[] {
  const own: TreatyEvent[] = [];
  const treaties = new Set<TreatyId>();
  for (const event of events) {
    if (event.state !== state) continue;
    own.push(event);
    if (event.treaty !== null && event.date <= asOf) treaties.add(event.treaty);
  }
  return [...treaties].sort().map((treaty) => assess(treaty, own, asOf));
}
