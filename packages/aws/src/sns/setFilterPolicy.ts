import { SetSubscriptionAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SubscriptionFilter } from '@treatywatch/core';
import { filterPolicyAttributes } from './filterPolicyAttributes.js';

/**
 * Replaces the filter policy of an SNS subscription with the one of
 * subscription `subscriptionId`'s preferences (`SetSubscriptionAttributes`,
 * one attribute per call): the scope first, so the policy never applies to
 * the wrong scope.
 */
export async function setFilterPolicy(
  client: SNSClient,
  subscriptionArn: string,
  filter: SubscriptionFilter,
  subscriptionId: string,
): Promise<void> {
  const attributes = filterPolicyAttributes(filter, subscriptionId);
  for (const [name, value] of [
    ['FilterPolicyScope', attributes.FilterPolicyScope],
    ['FilterPolicy', attributes.FilterPolicy],
  ] as const) {
    await client.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: subscriptionArn,
        AttributeName: name,
        AttributeValue: value,
      }),
    );
  }
}
