import { SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { StackDescription } from '@treatywatch/local-stack/stack-file';

interface Waiter {
  readonly resolve: (receivedAt: number) => void;
  readonly timer: NodeJS.Timeout;
}

/** Long polls of at most this long, so that `stop()` returns soon. */
const WAIT_TIME_SECONDS = 1;

/** The key of an alert: its state and treaty. */
export function alertKey(state: string, treaty: string): string {
  return `${state}/${treaty}`;
}

/**
 * An SQS queue of its own in the local stack's SNS/SQS emulator, subscribed to
 * the alerts topic with no filter policy (as a subscriber to every alert),
 * drained by long-polling `ReceiveMessage` calls, `receivers` at a time.
 * Resolves waiters when a message about their (state, treaty) is returned,
 * with the `performance.now()` at which the receive call returned it.
 */
export class TopicQueue {
  readonly #sns: SNSClient;
  readonly #sqs: SQSClient;
  readonly #queueUrl: string;
  readonly #subscriptionArn: string;
  readonly #waiters = new Map<string, Waiter>();
  readonly #loops: Promise<void>[] = [];
  #running = true;
  /** Messages that no waiter asked for. */
  unmatched = 0;

  private constructor(sns: SNSClient, sqs: SQSClient, queueUrl: string, subscriptionArn: string) {
    this.#sns = sns;
    this.#sqs = sqs;
    this.#queueUrl = queueUrl;
    this.#subscriptionArn = subscriptionArn;
  }

  /** Creates the queue, subscribes it to the stack's topic and starts receiving. */
  static async create(stack: StackDescription, name: string, receivers = 2): Promise<TopicQueue> {
    const config = {
      endpoint: stack.snsEndpoint,
      region: stack.region,
      // A copy: the SDK marks the credentials object it is given.
      credentials: { ...stack.credentials },
    };
    const sns = new SNSClient(config);
    const sqs = new SQSClient(config);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
    if (QueueUrl === undefined) throw new Error('CreateQueue answered without a URL');
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const { SubscriptionArn } = await sns.send(
      new SubscribeCommand({
        TopicArn: stack.topicArn,
        Protocol: 'sqs',
        Endpoint: Attributes?.QueueArn,
        ReturnSubscriptionArn: true,
      }),
    );
    const queue = new TopicQueue(sns, sqs, QueueUrl, SubscriptionArn ?? '');
    for (let i = 0; i < receivers; i += 1) queue.#loops.push(queue.#receive());
    return queue;
  }

  /** Resolves with the time the message was received, or `null` after `timeoutMs`. */
  waitFor(key: string, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(key);
        resolve(null);
      }, timeoutMs);
      this.#waiters.set(key, { resolve, timer });
    });
  }

  /** Stops receiving, unsubscribes and deletes the queue. */
  async stop(): Promise<void> {
    this.#running = false;
    for (const waiter of this.#waiters.values()) clearTimeout(waiter.timer);
    this.#waiters.clear();
    await Promise.all(this.#loops);
    await this.#sns.send(new UnsubscribeCommand({ SubscriptionArn: this.#subscriptionArn }));
    await this.#sqs.send(new DeleteQueueCommand({ QueueUrl: this.#queueUrl }));
    this.#sns.destroy();
    this.#sqs.destroy();
  }

  async #receive(): Promise<void> {
    while (this.#running) {
      const { Messages = [] } = await this.#sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.#queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: WAIT_TIME_SECONDS,
        }),
      );
      const receivedAt = performance.now();
      for (const message of Messages) this.#settle(message.Body ?? '', receivedAt);
      if (Messages.length > 0) {
        // Not awaited before the next receive: deleting is not on the measured path.
        this.#sqs
          .send(
            new DeleteMessageBatchCommand({
              QueueUrl: this.#queueUrl,
              Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
            }),
          )
          .catch(() => undefined);
      }
    }
  }

  /**
   * The body is SNS's envelope (no raw delivery); its message attributes name
   * the state and treaty, as a filter policy sees them.
   */
  #settle(body: string, receivedAt: number): void {
    const { MessageAttributes: attributes } = JSON.parse(body) as {
      MessageAttributes?: Record<string, { Value?: string }>;
    };
    const key = alertKey(attributes?.state?.Value ?? '', attributes?.treaty?.Value ?? '');
    const waiter = this.#waiters.get(key);
    if (waiter === undefined) {
      this.unmatched += 1;
      return;
    }
    clearTimeout(waiter.timer);
    this.#waiters.delete(key);
    waiter.resolve(receivedAt);
  }
}
