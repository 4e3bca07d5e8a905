import {
  NotFoundException,
  type SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  parseSubscriptionRequest,
  type SubscriptionChannel,
  type SubscriptionRecord,
  type SubscriptionRequest,
} from '@treatywatch/core';
import { filterPolicyAttributes } from './filterPolicyAttributes.js';

/**
 * Subscribes email, SMS and https endpoints to the topic, each with the SNS
 * filter policy of its filter. Email and https endpoints must confirm; SMS
 * subscriptions are active at once.
 */
export class SnsSubscriptionChannel implements SubscriptionChannel {
  readonly #client: SNSClient;
  readonly #topicArn: string;

  constructor(options: { client: SNSClient; topicArn: string }) {
    this.#client = options.client;
    this.#topicArn = options.topicArn;
  }

  async subscribe(
    request: SubscriptionRequest,
  ): Promise<{ channelRef: string; status: SubscriptionRecord['status'] }> {
    // Validated here too: the channel is safe to use without the use case in front of it.
    const valid = parseSubscriptionRequest(request);
    const { SubscriptionArn } = await this.#client.send(
      new SubscribeCommand({
        TopicArn: this.#topicArn,
        Protocol: valid.protocol,
        Endpoint: valid.endpoint,
        ReturnSubscriptionArn: true,
        Attributes: filterPolicyAttributes(valid),
      }),
    );
    if (SubscriptionArn === undefined) throw new Error('SNS Subscribe answered without an ARN');
    return {
      channelRef: SubscriptionArn,
      status: valid.protocol === 'sms' ? 'active' : 'pending-confirmation',
    };
  }

  async unsubscribe(channelRef: string): Promise<void> {
    try {
      await this.#client.send(new UnsubscribeCommand({ SubscriptionArn: channelRef }));
    } catch (error) {
      // Already gone is what we wanted.
      if (!(error instanceof NotFoundException)) throw error;
    }
  }
}
