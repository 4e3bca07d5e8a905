import type { SubscriptionFilter } from './ports.js';

/**
 * Whether a filter selects every alert (no states, treaties or statuses
 * named): such a subscription needs no SNS filter policy, so it takes no
 * filter-policy slot and may go on any shard.
 */
export function filterSelectsAll(filter: SubscriptionFilter): boolean {
  return !filter.states?.length && !filter.treaties?.length && !filter.statuses?.length;
}
