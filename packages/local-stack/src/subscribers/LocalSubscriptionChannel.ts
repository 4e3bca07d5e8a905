import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  FilterPolicyLimitExceededException,
  PublishCommand,
  type SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import {
  alertPublishInput,
  checkTopicArns,
  setFilterPolicy,
  shardFullError,
  shardTopic,
  testAlertAttributes,
} from '@treatywatch/aws/sns';
import {
  type ChannelStatus,
  parseSubscriptionRequest,
  type ShardSubscriptions,
  SNS_FILTER_POLICY_QUOTAS,
  type SubscriptionChannel,
  type SubscriptionFilter,
  type SubscriptionRequest,
  type TestAlertTarget,
} from '@treatywatch/core';
import type { ChangeMessages } from '@treatywatch/rules';
import { localFilterPolicyAttributes } from './emulatedDigestFilter.js';
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
  /** The alert topics, one per shard, shard 0 first. */
  readonly topicArns: readonly string[];
  /**
   * Filter policies one topic may hold (200, as SNS's default quota). The
   * emulator has no quota, so the channel keeps it, answering as SNS would.
   */
  readonly filterPoliciesPerTopic?: number;
  readonly registry: SubscriberRegistry;
  readonly outbox: Outbox;
  /** The confirmation link for a subscriber, served by the local HTTP server. */
  readonly confirmUrl: (id: string, token: string) => string;
}

/** What confirming a subscription did. */
export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'not-found' | 'bad-token';

/**
 * The `SubscriptionChannel` of the local stack. Each subscriber gets an SQS
 * queue in the SNS emulator, subscribed to its shard's alert topic with the
 * filter policy SNS would get (`filterPolicyFor`), so filtering is the
 * emulator's job (but for the digests' `String.Array` lists, which the
 * emulator cannot match: see `localFilterPolicyAttributes`); the `AlertDeliverer` drains the queues into the outbox.
 * A shard holds at most `filterPoliciesPerTopic` filter policies: past that,
 * subscribing or refiltering fails with SNS's own
 * `FilterPolicyLimitExceededException`, read as `ShardFullError`. Email
 * subscriptions start pending, as on SNS: a confirmation message with a link
 * goes to the outbox, and the queue is subscribed only once the link is
 * followed. A test alert to an SMS subscriber goes straight to the outbox's
 * `sms.log`, as SNS publishes it to the number; to an email or https one it
 * is published on the shard's topic, addressed to the subscription, and the
 * emulator's filter policies decide who gets it.
 */
export class LocalSubscriptionChannel implements SubscriptionChannel {
  readonly #options: LocalSubscriptionChannelOptions;
  readonly #topicArns: readonly string[];
  readonly #quota: number;
  readonly #queues = new Map<string, SubscriberQueue>();

  constructor(options: LocalSubscriptionChannelOptions) {
    this.#options = options;
    this.#topicArns = checkTopicArns(options.topicArns);
    this.#quota = options.filterPoliciesPerTopic ?? SNS_FILTER_POLICY_QUOTAS.perTopic;
  }

  async subscribe(
    request: SubscriptionRequest,
    shard: number,
    subscriptionId: string,
  ): Promise<{ channelRef: string; status: ChannelStatus }> {
    // Validated here too: the channel is safe to use without the use case in front of it.
    const valid = parseSubscriptionRequest(request);
    shardTopic(this.#topicArns, shard);
    // As SNS: an endpoint that confirmed already is answered with its existing subscription.
    const existing = this.#options.registry
      .list()
      .find(
        (s) =>
          s.protocol === valid.protocol && s.endpoint === valid.endpoint && shardOf(s) === shard,
      );
    if (existing?.confirmed && valid.protocol !== 'sms') {
      return { channelRef: existing.id, status: 'already-subscribed' };
    }
    this.#checkRoom(shard);
    const subscriber: LocalSubscriber = {
      id: `local-${randomUUID()}`,
      shard,
      subscriptionId,
      protocol: valid.protocol,
      endpoint: valid.endpoint,
      filter: preferencesOf(valid),
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

  async setFilter(
    channelRef: string,
    filter: SubscriptionFilter,
    subscriptionId: string,
  ): Promise<void> {
    const subscriber = this.#options.registry.get(channelRef);
    if (subscriber === undefined) throw new Error(`no local subscriber ${channelRef}`);
    const updated = { ...subscriber, filter, subscriptionId };
    this.#options.registry.put(updated);
    const queue = this.#queues.get(channelRef);
    if (queue === undefined) return;
    this.#queues.set(channelRef, { ...queue, subscriber: updated });
    await setFilterPolicy(
      this.#options.sns,
      queue.subscriptionArn,
      localFilterPolicyAttributes(filter, subscriptionId),
    );
  }

  async unsubscribe(channelRef: string): Promise<void> {
    await this.#detach(channelRef);
    this.#options.registry.remove(channelRef);
  }

  async sendTestAlert(target: TestAlertTarget, messages: ChangeMessages): Promise<void> {
    const subscriber = this.#options.registry.get(target.channelRef);
    if (subscriber === undefined || !subscriber.confirmed) return;
    if (subscriber.protocol === 'sms') {
      await this.#options.outbox.sms(subscriber.endpoint, messages.sms);
      return;
    }
    await this.#options.sns.send(
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
    shardTopic(this.#topicArns, shard);
    const onShard = this.#options.registry.list().filter((s) => shardOf(s) === shard);
    const confirmed = onShard.filter((s) => s.confirmed).length;
    return { confirmed, pending: onShard.length - confirmed, deleted: 0 };
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

  /** Throws what SNS throws when `shard`'s topic already holds its quota of filter policies. */
  #checkRoom(shard: number): void {
    const policies = this.#options.registry.list().filter((s) => shardOf(s) === shard).length;
    if (policies < this.#quota) return;
    throw shardFullError(
      new FilterPolicyLimitExceededException({
        message: 'Filter policy limit exceeded',
        $metadata: { httpStatusCode: 403 },
      }),
      shard,
    );
  }

  async #attach(subscriber: LocalSubscriber): Promise<void> {
    if (this.#queues.has(subscriber.id)) return;
    const { sns, sqs } = this.#options;
    const topicArn = shardTopic(this.#topicArns, shardOf(subscriber));
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
        Attributes: localFilterPolicyAttributes(
          subscriber.filter,
          subscriber.subscriptionId ?? subscriber.id,
        ),
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

/** The preferences of a request, without its protocol and endpoint. */
function preferencesOf(request: SubscriptionRequest): SubscriptionFilter {
  const { protocol: _protocol, endpoint: _endpoint, ...preferences } = request;
  return preferences;
}

/** A subscriber's shard (0 for one registered before alert topics were sharded). */
function shardOf(subscriber: LocalSubscriber): number {
  return subscriber.shard ?? 0;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
