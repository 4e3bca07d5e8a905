import type { TreatyEvent } from '@treatywatch/rules';
import { parseStateCode } from './parseStateCode.js';
import type { AssessmentStore, EventStore, StoredAssessment } from './ports.js';

/**
 * One state's assessments and its full timeline of events in date order.
 * Retracted events stay in the timeline; the `event-retracted` events that
 * name them say so.
 */
export async function stateHistory(
  deps: { events: EventStore; assessments: AssessmentStore },
  state: string,
): Promise<{ state: string; assessments: StoredAssessment[]; events: TreatyEvent[] }> {
  const code = parseStateCode(state);
  const [assessments, events] = await Promise.all([
    deps.assessments.listByState(code),
    deps.events.listByState(code),
  ]);
  return { state: code, assessments, events };
}
