import type { SubscriptionFilter } from '@treatywatch/core';
import { filterPolicyFor } from './filterPolicyFor.js';

/**
 * The `Attributes` of an SNS Subscribe call that apply subscription
 * `subscriptionId`'s preferences: its policy (`filterPolicyFor`) on message
 * attributes. Throws what `filterPolicyFor` throws.
 *
 * @example
 * new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint, Attributes: filterPolicyAttributes({ states: ['UA'] }, 'sub-1') });
 */
export function filterPolicyAttributes(
  filter: SubscriptionFilter,
  subscriptionId: string,
): { FilterPolicy: string; FilterPolicyScope: 'MessageAttributes' } {
  return {
    FilterPolicy: JSON.stringify(filterPolicyFor(filter, subscriptionId)),
    FilterPolicyScope: 'MessageAttributes',
  };
}
