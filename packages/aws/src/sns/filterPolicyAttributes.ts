import type { SubscriptionFilter } from '@treatywatch/core';
import { filterPolicyFor } from './filterPolicyFor.js';

/**
 * The `Attributes` of an SNS Subscribe call that apply a subscriber's filter:
 * its policy (`filterPolicyFor`) on message attributes; `undefined` when the
 * filter selects everything. Throws what `filterPolicyFor` throws.
 *
 * @example
 * new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint, Attributes: filterPolicyAttributes({ states: ['UA'] }) });
 * // Attributes: { FilterPolicy: '{"state":["UA"]}', FilterPolicyScope: 'MessageAttributes' }
 */
export function filterPolicyAttributes(
  filter: SubscriptionFilter,
): Record<string, string> | undefined {
  const policy = filterPolicyFor(filter);
  if (policy === null) return undefined;
  return { FilterPolicy: JSON.stringify(policy), FilterPolicyScope: 'MessageAttributes' };
}
