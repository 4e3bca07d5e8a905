import type { SubscriptionFilter } from '@treatywatch/core';
import type { Status } from '@treatywatch/rules';
import type { StateTreaty } from './unseededPairs.js';

/**
 * Whether a subscription `filter` selects the alert giving `pair` the status
 * `status`, by the filter's own meaning, independently of SNS: every listed
 * field must contain the alert's value; an absent or empty one selects all.
 */
export function filterSelects(
  filter: SubscriptionFilter,
  pair: StateTreaty,
  status: Status,
): boolean {
  return (
    (!filter.states?.length || filter.states.includes(pair.state)) &&
    (!filter.treaties?.length || filter.treaties.includes(pair.treaty)) &&
    (!filter.statuses?.length || filter.statuses.includes(status))
  );
}
