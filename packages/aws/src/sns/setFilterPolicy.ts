import { SetSubscriptionAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SubscriptionFilter } from '@treatywatch/core';
import { filterPolicyAttributes } from './filterPolicyAttributes.js';

/**
 * Replaces the filter policy of an SNS subscription with the one of `filter`
 * (`SetSubscriptionAttributes`, one attribute per call): the scope first, so
 * the policy never applies to the wrong scope, and the empty policy, which
 * SNS reads as none, for a filter that selects everything.
 */
export async function setFilterPolicy(
  client: SNSClient,
  subscriptionArn: string,
  filter: SubscriptionFilter,
): Promise<void> {
  const attributes = filterPolicyAttributes(filter);
  const calls: [string, string][] = attributes
    ? [
        ['FilterPolicyScope', attributes.FilterPolicyScope ?? 'MessageAttributes'],
        ['FilterPolicy', attributes.FilterPolicy ?? '{}'],
      ]
    : [['FilterPolicy', '{}']];
  for (const [name, value] of calls) {
    await client.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: subscriptionArn,
        AttributeName: name,
        AttributeValue: value,
      }),
    );
  }
}
