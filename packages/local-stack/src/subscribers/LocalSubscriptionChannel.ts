import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { type SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { filterPolicyAttributes } from '@treatywatch/aws/sns';
import {
  parseSubscriptionRequest,
  type SubscriptionChannel,
  type SubscriptionRecord,
  type SubscriptionRequest,
} from '@treatywatch/core';
import type { Outbox } from './Outbox.js';
import type { LocalSubscriber, SubscriberRegistry } from './SubscriberRegistry.js';

/** A confirmed subscriber's queue in the SNS emulator. */
export interface SubscriberQueue {
  readonly subscriber: LocalSubscriber;
  readonly queueUrl: string;
  readonly subscriptionArn: string;
}

/** Options of a `LocalSubscriptionChannel`. */
export interface LocalSubscriptionChannelOptions {
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  readonly topicArn: string;
  readonly registry: SubscriberRegistry;
  readonly outbox: Outbox;
  /** The confirmation link for a subscriber, served by the local HTTP server. */
  readonly confirmUrl: (id: string, token: string) => string;
}

/** What confirming a subscription did. */
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'not-found' | 'bad-token';

/**
 * The `SubscriptionChannel` of the local stack. Each subscriber gets an SQS
 * queue in the SNS emulator, subscribed to the alerts topic with the filter
 * policy SNS would get (`filterPolicyFor`), so filtering is the emulator's
 * job; the `AlertDeliverer` drains the queues into the outbox. Email
 * subscriptions start pending, as on SNS: a confirmation message with a link
 * goes to the outbox, and the queue is subscribed only once the link is
 * followed.
 */
export class LocalSubscriptionChannel implements SubscriptionChannel {
  readonly #options: LocalSubscriptionChannelOptions;
  readonly #queues = new Map<string, SubscriberQueue>();

  constructor(options: LocalSubscriptionChannelOptions) {
    this.#options = options;
  }

  async subscribe(
    request: SubscriptionRequest,
  ): Promise<{ channelRef: string; status: SubscriptionRecord['status'] }> {
    // Validated here too: the channel is safe to use without the use case in front of it.
    const valid = parseSubscriptionRequest(request);
    const subscriber: LocalSubscriber = {
      id: `local-${randomUUID()}`,
      protocol: valid.protocol,
      endpoint: valid.endpoint,
      filter: {
        ...(valid.states?.length ? { states: valid.states } : {}),
        ...(valid.treaties?.length ? { treaties: valid.treaties } : {}),
        ...(valid.statuses?.length ? { statuses: valid.statuses } : {}),
      },
      confirmed: valid.protocol !== 'email',
      confirmToken: randomBytes(24).toString('hex'),
      createdAt: new Date().toISOString(),
    };
    this.#options.registry.put(subscriber);
    if (subscriber.confirmed) {
      await this.#attach(subscriber);
      return { channelRef: subscriber.id, status: 'active' };
    }
    await this.#options.outbox.email({
      to: subscriber.endpoint,
      subject: 'Treaty Watch: confirm your subscription',
      text: [
        'You asked to receive Treaty Watch alerts at this address.',
        '',
        'To confirm, open this link:',
        this.#options.confirmUrl(subscriber.id, subscriber.confirmToken),
        '',
        'If you did not ask for this, ignore this message: nothing will be sent.',
      ].join('\n'),
    });
    return { channelRef: subscriber.id, status: 'pending-confirmation' };
  }

  async unsubscribe(channelRef: string): Promise<void> {
    await this.#detach(channelRef);
    this.#options.registry.remove(channelRef);
  }

  /** Follows a confirmation link: the subscriber starts receiving alerts. */
  async confirm(id: string, token: string): Promise<ConfirmOutcome> {
    const subscriber = this.#options.registry.get(id);
    if (subscriber === undefined) return 'not-found';
    if (!sameSecret(token, subscriber.confirmToken)) return 'bad-token';
    if (subscriber.confirmed) return 'already-confirmed';
    const confirmed = { ...subscriber, confirmed: true };
    this.#options.registry.put(confirmed);
    await this.#attach(confirmed);
    return 'confirmed';
  }

  /** Re-creates the queues of every confirmed subscriber (the emulator starts empty). */
  async restore(): Promise<number> {
    const confirmed = this.#options.registry.list().filter((s) => s.confirmed);
    for (const subscriber of confirmed) await this.#attach(subscriber);
    return confirmed.length;
  }

  /** The queues to drain, one per confirmed subscriber. */
  queues(): SubscriberQueue[] {
    return [...this.#queues.values()];
  }

  async #attach(subscriber: LocalSubscriber): Promise<void> {
    if (this.#queues.has(subscriber.id)) return;
    const { sns, sqs, topicArn } = this.#options;
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: `treatywatch-${subscriber.id}` }),
    );
    if (QueueUrl === undefined) throw new Error(`no queue URL for subscriber ${subscriber.id}`);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const { SubscriptionArn } = await sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: 'sqs',
        Endpoint: Attributes?.QueueArn,
        ReturnSubscriptionArn: true,
        Attributes: filterPolicyAttributes(subscriber.filter),
      }),
    );
    this.#queues.set(subscriber.id, {
      subscriber,
      queueUrl: QueueUrl,
      subscriptionArn: SubscriptionArn ?? '',
    });
  }

  async #detach(id: string): Promise<void> {
    const queue = this.#queues.get(id);
    if (queue === undefined) return;
    this.#queues.delete(id);
    await this.#options.sns.send(
      new UnsubscribeCommand({ SubscriptionArn: queue.subscriptionArn }),
    );
    await this.#options.sqs.send(new DeleteQueueCommand({ QueueUrl: queue.queueUrl }));
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
