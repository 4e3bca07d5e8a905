import { type MessageAttributeValue, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from '@treatywatch/core';
import type { ChangeMessages, Digest, Reminder, StatusChange } from '@treatywatch/rules';
import { alertPublishInput } from './alertPublishInput.js';
import {
  MESSAGE_ATTRIBUTES,
  MESSAGE_KINDS,
  NO_PREVIOUS_STATUS,
  SMS_TYPE_ATTRIBUTE,
} from './constants.js';
import { digestAttributes } from './digestAttributes.js';
import { reminderAttributes } from './reminderAttributes.js';
import { checkTopicArns, shardTopic } from './shardTopic.js';
import { testAlertAttributes } from './testAlertAttributes.js';

/**
 * Publishes alerts to the alert topics, one per shard (`topicArns`, shard 0
 * first): a per-protocol message (`MessageStructure: json`, with `default`,
 * `email` and `sms` texts), a subject for email, the attributes subscribers'
 * filter policies match on (`kind` first: a change, a reminder, a digest or a test alert),
 * and the SMS type (transactional).
 */
export class SnsNotifier implements Notifier {
  readonly shardCount: number;
  readonly #client: SNSClient;
  readonly #topicArns: readonly string[];

  constructor(options: { client: SNSClient; topicArns: readonly string[] }) {
    this.#client = options.client;
    this.#topicArns = checkTopicArns(options.topicArns);
    this.shardCount = this.#topicArns.length;
  }

  async publish(
    shard: number,
    change: StatusChange,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
    return this.#publish(shard, messages, {
      [MESSAGE_ATTRIBUTES.kind]: attribute(MESSAGE_KINDS.change),
      [MESSAGE_ATTRIBUTES.state]: attribute(change.state),
      [MESSAGE_ATTRIBUTES.treaty]: attribute(change.treaty),
      [MESSAGE_ATTRIBUTES.status]: attribute(change.status),
      [MESSAGE_ATTRIBUTES.previousStatus]: attribute(change.previousStatus ?? NO_PREVIOUS_STATUS),
      [SMS_TYPE_ATTRIBUTE.name]: attribute(SMS_TYPE_ATTRIBUTE.value),
    });
  }

  async publishReminder(
    shard: number,
    reminder: Reminder,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    return this.#publish(shard, messages, reminderAttributes(reminder));
  }

  async publishDigest(
    shard: number,
    digest: Digest,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    return this.#publish(shard, messages, digestAttributes(digest));
  }

  async publishTestAlert(
    shard: number,
    subscriptionId: string,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    return this.#publish(shard, messages, testAlertAttributes(subscriptionId));
  }

  async #publish(
    shard: number,
    messages: ChangeMessages,
    attributes: Record<string, MessageAttributeValue>,
  ): Promise<{ messageId: string }> {
    const { MessageId } = await this.#client.send(
      new PublishCommand(
        alertPublishInput(shardTopic(this.#topicArns, shard), messages, attributes),
      ),
    );
    if (MessageId === undefined) throw new Error('SNS Publish answered without a MessageId');
    return { messageId: MessageId };
  }
}
