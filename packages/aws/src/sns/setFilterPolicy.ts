import { SetSubscriptionAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';

/**
 * Replaces the filter policy of an SNS subscription with `attributes` (as
 * `filterPolicyAttributes` makes them), through `SetSubscriptionAttributes`,
 * one attribute per call: the scope first, so the policy never applies to the
 * wrong scope.
 */
export async function setFilterPolicy(
  client: SNSClient,
  subscriptionArn: string,
  attributes: { readonly FilterPolicy: string; readonly FilterPolicyScope: string },
): Promise<void> {
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
