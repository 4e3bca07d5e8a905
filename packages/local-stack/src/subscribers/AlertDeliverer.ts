import {
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { DevLog } from '../DevLog.js';
import { PollingLoop } from '../PollingLoop.js';
import { alertFromNotification } from './alertFromNotification.js';
import type { DeliveryLedger } from './DeliveryLedger.js';
import type { LocalSubscriptionChannel, SubscriberQueue } from './LocalSubscriptionChannel.js';
import type { Outbox } from './Outbox.js';

/** Options of an `AlertDeliverer`. */
export interface AlertDelivererOptions {
  readonly sqs: SQSClient;
  readonly channel: LocalSubscriptionChannel;
  readonly outbox: Outbox;
  readonly ledger: DeliveryLedger;
  readonly log: DevLog;
  /** Pause between rounds over idle queues. Default 50 ms: the queues are in-process, and an alert should not wait. */
  readonly pollIntervalMs?: number;
  /** Receives of one message before it is given up. Default 5. */
  readonly maxAttempts?: number;
}

const VISIBILITY_TIMEOUT_SECONDS = 10;

/**
 * Plays SNS's delivery to email, SMS and https subscribers: drains each
 * subscriber's queue and hands every alert to the outbox once. The delivery
 * ledger skips alerts already delivered (a redelivered message, a restart); a
 * failed delivery stays on the queue and is tried again until `maxAttempts`.
 */
export class AlertDeliverer {
  readonly #options: Required<AlertDelivererOptions>;
  readonly #loop: PollingLoop;

  constructor(options: AlertDelivererOptions) {
    this.#options = { pollIntervalMs: 50, maxAttempts: 5, ...options };
    this.#loop = new PollingLoop({
      round: async () => (await this.deliverOnce()) > 0,
      intervalMs: this.#options.pollIntervalMs,
      onError: (error) => this.#options.log.error(`delivery round failed: ${describe(error)}`),
    });
  }

  /** Starts delivering in the background. */
  start(): void {
    this.#loop.start();
  }

  /** Stops delivering and resolves once the round in flight, if any, is done. */
  stop(): Promise<void> {
    return this.#loop.stop();
  }

  /** One round over every queue; the number of messages handled. */
  async deliverOnce(): Promise<number> {
    let handled = 0;
    for (const queue of this.#options.channel.queues()) {
      const { Messages = [] } = await this.#options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queue.queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
          VisibilityTimeout: VISIBILITY_TIMEOUT_SECONDS,
          MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }),
      );
      for (const message of Messages) {
        await this.#handle(queue, message);
        handled += 1;
      }
    }
    return handled;
  }

  async #handle(queue: SubscriberQueue, message: Message): Promise<void> {
    const { subscriber } = queue;
    const remove = () =>
      this.#options.sqs.send(
        new DeleteMessageCommand({
          QueueUrl: queue.queueUrl,
          ReceiptHandle: message.ReceiptHandle,
        }),
      );
    try {
      const { change, messages } = alertFromNotification(message.Body ?? '');
      if (!this.#options.ledger.has(subscriber.id, change.id)) {
        const { outbox } = this.#options;
        if (subscriber.protocol === 'email') {
          const path = await outbox.email({
            to: subscriber.endpoint,
            subject: messages.subject,
            text: messages.email,
          });
          this.#options.log.info(`email alert for ${change.state} written to ${path}`);
        } else if (subscriber.protocol === 'sms') {
          await outbox.sms(subscriber.endpoint, messages.sms);
          this.#options.log.info(`SMS alert for ${change.state} logged`);
        } else {
          await outbox.post(subscriber.endpoint, messages.default);
          this.#options.log.info(`https alert for ${change.state} posted`);
        }
        this.#options.ledger.record({
          subscriberId: subscriber.id,
          changeId: change.id,
          deliveredAt: new Date().toISOString(),
        });
      }
      await remove();
    } catch (error) {
      const attempts = Number(message.Attributes?.ApproximateReceiveCount ?? '1');
      if (attempts >= this.#options.maxAttempts) {
        this.#options.log.error(
          `giving up on an alert for ${subscriber.protocol} subscriber ${subscriber.id} after ${attempts} attempts: ${describe(error)}`,
        );
        await remove();
      } else {
        this.#options.log.warn(
          `alert delivery to ${subscriber.protocol} subscriber ${subscriber.id} failed (attempt ${attempts}), will retry: ${describe(error)}`,
        );
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
