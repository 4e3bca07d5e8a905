import type { InputIssue, TreatyEvent } from './types.js';

/** What `retractionIssues` may know beyond the events it checks. */
export interface RetractionCheck {
  /** The state of an event recorded elsewhere (an event store), by id; `undefined` when unknown. */
  readonly stateOf?: (id: string) => string | undefined;
  /**
   * The events are a whole history (a file given to `assess`): a retraction
   * must name one of them. Otherwise an id known nowhere is accepted, as the
   * event it names may be recorded later.
   */
  readonly complete?: boolean;
}

/**
 * Retractions that cannot stand (docs/rules.md, "Events"): one that names an
 * event of another state, and, in a whole history, one that names an id no
 * event has. Each issue names the retraction (its index in `events` and its
 * id), the field `retracts` and the id it names. Events of `events` are
 * looked up first, then `check.stateOf`.
 *
 * @example
 * retractionIssues(events, { complete: true }); // [{ index: 3, id: 'r1', field: 'retracts', message: 'names "x", …' }]
 */
export function retractionIssues(
  events: readonly TreatyEvent[],
  check: RetractionCheck = {},
): InputIssue[] {
  const issues: InputIssue[] = [];
  let stateById: Map<string, string> | null = null;
  events.forEach((event, index) => {
    const named = event.retracts;
    if (event.type !== 'event-retracted' || named === undefined) return;
    stateById ??= new Map(events.map((e) => [e.id, e.state]));
    const state = stateById.get(named) ?? check.stateOf?.(named);
    const report = (message: string) =>
      issues.push({ index, id: event.id, field: 'retracts', message });
    if (state === undefined) {
      if (check.complete)
        report(`names ${JSON.stringify(named)}, but no event of the input has that id`);
    } else if (state !== event.state) {
      report(
        `names ${JSON.stringify(named)}, an event of ${state}, not of ${event.state}: a retraction corrects a fact of its own state`,
      );
    }
  });
  return issues;
}
