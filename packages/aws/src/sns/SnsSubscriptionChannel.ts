import {
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  InvalidParameterException,
  NotFoundException,
  PublishCommand,
  type SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  type ChannelStatus,
  parseSubscriptionRequest,
  type ShardSubscriptions,
  type SubscriptionChannel,
  type SubscriptionFilter,
  type SubscriptionRequest,
  type TestAlertTarget,
} from '@treatywatch/core';
import type { ChangeMessages } from '@treatywatch/rules';
import { alertPublishInput } from './alertPublishInput.js';
import { SMS_TYPE_ATTRIBUTE } from './constants.js';
import { filterPolicyAttributes } from './filterPolicyAttributes.js';
import { setFilterPolicy } from './setFilterPolicy.js';
import { shardFullError } from './shardFullError.js';
import { checkTopicArns, shardTopic } from './shardTopic.js';
import { testAlertAttributes } from './testAlertAttributes.js';

/** SNS's answer when an endpoint is subscribed already with another filter policy. */
const EXISTS_WITH_OTHER_ATTRIBUTES = /already exists with different attributes/i;

/**
 * Subscribes email, SMS and https endpoints to the alert topic of a shard
 * (`topicArns`, shard 0 first), each with the SNS filter policy of its
 * filter; SNS's `FilterPolicyLimitExceeded` becomes `ShardFullError`. Email and https endpoints must confirm; SMS
 * subscriptions are active at once. SNS answers a Subscribe for an endpoint
 * that is subscribed already with that subscription's ARN: for email and
 * https the channel asks whether it was confirmed, and reports a confirmed
 * one as `already-subscribed`, someone else's.
 *
 * A test alert to an SMS subscription goes straight to its number (SNS
 * `Publish` to the subscription's own `Endpoint`, which only SNS keeps); to
 * an email or https one it is published on its shard's topic with the
 * attributes only its filter policy matches (`testAlertAttributes`).
 */
export class SnsSubscriptionChannel implements SubscriptionChannel {
  readonly #client: SNSClient;
  readonly #topicArns: readonly string[];
  /** Which shard each subscription this channel made is on, so `setFilter` can name it. */
  readonly #shardOf: (channelRef: string) => number;

  constructor(options: { client: SNSClient; topicArns: readonly string[] }) {
    this.#client = options.client;
    this.#topicArns = checkTopicArns(options.topicArns);
    this.#shardOf = (channelRef) =>
      this.#topicArns.findIndex((arn) => channelRef.startsWith(`${arn}:`));
  }

  async subscribe(
    request: SubscriptionRequest,
    shard: number,
    subscriptionId: string,
  ): Promise<{ channelRef: string; status: ChannelStatus }> {
    // Validated here too: the channel is safe to use without the use case in front of it.
    const valid = parseSubscriptionRequest(request);
    let channelRef: string | undefined;
    try {
      ({ SubscriptionArn: channelRef } = await this.#client.send(
        new SubscribeCommand({
          TopicArn: shardTopic(this.#topicArns, shard),
          Protocol: valid.protocol,
          Endpoint: valid.endpoint,
          ReturnSubscriptionArn: true,
          Attributes: filterPolicyAttributes(valid, subscriptionId),
        }),
      ));
    } catch (error) {
      const exists =
        error instanceof InvalidParameterException &&
        EXISTS_WITH_OTHER_ATTRIBUTES.test(error.message);
      if (exists && valid.protocol !== 'sms')
        return { channelRef: '', status: 'already-subscribed' };
      throw shardFullError(error, shard);
    }
    if (channelRef === undefined) throw new Error('SNS Subscribe answered without an ARN');
    if (valid.protocol === 'sms') return { channelRef, status: 'active' };
    const { Attributes } = await this.#client.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: channelRef }),
    );
    return Attributes?.PendingConfirmation === 'false'
      ? { channelRef, status: 'already-subscribed' }
      : { channelRef, status: 'pending-confirmation' };
  }

  async setFilter(
    channelRef: string,
    filter: SubscriptionFilter,
    subscriptionId: string,
  ): Promise<void> {
    try {
      await setFilterPolicy(
        this.#client,
        channelRef,
        filterPolicyAttributes(filter, subscriptionId),
      );
    } catch (error) {
      throw shardFullError(error, this.#shardOf(channelRef));
    }
  }

  async sendTestAlert(target: TestAlertTarget, messages: ChangeMessages): Promise<void> {
    if (target.protocol === 'sms') {
      const { Attributes } = await this.#client.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: target.channelRef }),
      );
      const number = Attributes?.Endpoint;
      if (Attributes?.Protocol !== 'sms' || number === undefined) {
        throw new Error('the SMS subscription has no number on SNS');
      }
      await this.#client.send(
        new PublishCommand({
          PhoneNumber: number,
          Message: messages.sms,
          MessageAttributes: {
            [SMS_TYPE_ATTRIBUTE.name]: {
              DataType: 'String',
              StringValue: SMS_TYPE_ATTRIBUTE.value,
            },
          },
        }),
      );
      return;
    }
    await this.#client.send(
      new PublishCommand(
        alertPublishInput(
          shardTopic(this.#topicArns, target.shard),
          messages,
          testAlertAttributes(target.subscriptionId),
        ),
      ),
    );
  }

  async shardSubscriptions(shard: number): Promise<ShardSubscriptions> {
    const { Attributes = {} } = await this.#client.send(
      new GetTopicAttributesCommand({ TopicArn: shardTopic(this.#topicArns, shard) }),
    );
    const count = (name: string) => Number(Attributes[name] ?? 0);
    return {
      confirmed: count('SubscriptionsConfirmed'),
      pending: count('SubscriptionsPending'),
      deleted: count('SubscriptionsDeleted'),
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
