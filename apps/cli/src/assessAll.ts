import type { Assessment, IsoDate, TreatyEvent } from '@treatywatch/rules';
import { assessState } from '@treatywatch/rules';

/**
 * Assesses every (state, treaty) pair that has a treaty event on `asOf`.
 * A state's armed-conflict events count for all of its pairs; a state with
 * no treaty event yields no assessment.
 *
 * @returns assessments sorted by state, then treaty id.
 */
export function assessAll(events: readonly TreatyEvent[], asOf: IsoDate): Assessment[] {
  const byState = new Map<string, TreatyEvent[]>();
  for (const event of events) {
    const stateEvents = byState.get(event.state);
    if (stateEvents) stateEvents.push(event);
    else byState.set(event.state, [event]);
  }

  return [...byState.keys()]
    .sort()
    .flatMap((state) => assessState(state, byState.get(state) ?? [], asOf))
    .sort((a, b) => compare(a.state, b.state) || compare(a.treaty, b.treaty));
}

// Code-point order, so the result does not depend on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
