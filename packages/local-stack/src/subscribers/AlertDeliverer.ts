import {
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { DevLog } from '../DevLog.js';
import { alertFromNotification } from './alertFromNotification.js';
import type { DeliveryLedger } from './DeliveryLedger.js';
import { digestMatches } from './emulatedDigestFilter.js';
import type { LocalSubscriptionChannel, SubscriberQueue } from './LocalSubscriptionChannel.js';
import type { Outbox } from './Outbox.js';
import { queuesHoldingMessages } from './queuesHoldingMessages.js';
import { scheduledAlertFromNotification } from './scheduledAlertFromNotification.js';
import { testAlertFromNotification } from './testAlertFromNotification.js';

/** Options of an `AlertDeliverer`. */
export interface AlertDelivererOptions {
  readonly sqs: SQSClient;
  /** The SNS/SQS emulator's endpoint, asked once per round which queues hold messages. */
  readonly emulatorEndpoint: string;
  readonly channel: LocalSubscriptionChannel;
  readonly outbox: Outbox;
  readonly ledger: DeliveryLedger;
  readonly log: DevLog;
  /** Receives of one message before it is given up. Default 5. */
  readonly maxAttempts?: number;
  /** How long a received message stays hidden, so how long a failed delivery waits for its retry. Default 10 s. */
  readonly visibilityTimeoutSeconds?: number;
  /** Wait before a round that failed as a whole (the emulator did not answer) is tried again. Default 1 s. */
  readonly roundRetryMs?: number;
}

/** Past a message's visibility deadline, so the emulator hands it out again. */
const RECHECK_MARGIN_MS = 100;

/**
 * Plays SNS's delivery to email, SMS and https subscribers: takes the alerts
 * the SNS emulator fanned out to subscriber queues (its filter policies
 * decide who gets what) and hands every alert to the outbox once; a test
 * alert (`kind: test`) is delivered the same way, with its own texts. The
 * delivery ledger skips alerts already delivered (a redelivered message, a
 * restart); a failed delivery stays on the queue and is tried again until
 * `maxAttempts`.
 *
 * It does not poll. It sleeps until woken, by `wake()` after a publish (the
 * local stack calls it from the emulator's `onPublish`), by `start()` (one
 * round picks up what a previous run left), or by a timer set for a failed
 * delivery's retry, one visibility timeout later. A round asks the emulator
 * once which queues hold messages (`GET /_fauxqs/queues`) and receives only
 * from those, then goes again until a round finds nothing. So an idle stack
 * makes no request at all, whatever its number of subscribers; the listing
 * costs O(queues) per round, that is per publish, not per idle tick.
 *
 * @example
 * const deliverer = new AlertDeliverer({ sqs, emulatorEndpoint: emulator.endpoint, channel, outbox, ledger, log });
 * emulator.onPublish(() => void deliverer.wake());
 * deliverer.start();
 * await deliverer.stop();
 */
export class AlertDeliverer {
  readonly #options: Required<AlertDelivererOptions>;
  readonly #timers = new Set<NodeJS.Timeout>();
  #running = false;
  /** A round is wanted: set by each wake-up, cleared when a round starts. */
  #pending = false;
  /** The rounds in flight, until a round finds nothing and nothing woke it meanwhile. */
  #rounds: Promise<void> | undefined;

  constructor(options: AlertDelivererOptions) {
    this.#options = {
      maxAttempts: 5,
      visibilityTimeoutSeconds: 10,
      roundRetryMs: 1_000,
      ...options,
    };
  }

  /** Starts delivering: one round now for what is already queued, then a round on each wake-up. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    void this.wake();
  }

  /**
   * Asks for a round, after the rounds in flight if there are any: call it
   * once something may have reached a subscriber queue. Resolves once no
   * round is in flight or wanted; never rejects (a failed round is logged).
   * Does nothing unless started.
   */
  wake(): Promise<void> {
    if (!this.#running) return this.#rounds ?? Promise.resolve();
    this.#pending = true;
    this.#rounds ??= this.#runRounds().finally(() => {
      this.#rounds = undefined;
    });
    return this.#rounds;
  }

  /** Stops delivering and resolves once the round in flight, if any, is done. */
  async stop(): Promise<void> {
    this.#running = false;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await this.#rounds;
  }

  /**
   * One round: asks the emulator which of the channel's queues hold messages,
   * and receives up to 10 messages from each of them; the number of messages
   * handled.
   */
  async deliverOnce(): Promise<number> {
    let handled = 0;
    const queues = await queuesHoldingMessages(
      this.#options.emulatorEndpoint,
      this.#options.channel.queues(),
    );
    for (const queue of queues) {
      const { Messages = [] } = await this.#options.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queue.queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
          VisibilityTimeout: this.#options.visibilityTimeoutSeconds,
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

  async #runRounds(): Promise<void> {
    while (this.#running && this.#pending) {
      this.#pending = false;
      try {
        // A busy round may have left more: up to 10 messages are taken from a queue per round.
        if ((await this.deliverOnce()) > 0) this.#pending = true;
      } catch (error) {
        if (!this.#running) return;
        this.#options.log.error(`delivery round failed: ${describe(error)}`);
        this.#wakeIn(this.#options.roundRetryMs);
      }
    }
  }

  /** One wake-up `ms` from now (a retry), cancelled by `stop()`. */
  #wakeIn(ms: number): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.wake();
    }, ms);
    this.#timers.add(timer);
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
      const test = testAlertFromNotification(message.Body ?? '');
      const scheduled = test ? undefined : scheduledAlertFromNotification(message.Body ?? '');
      const { change, messages } = test
        ? { change: undefined, messages: test.messages }
        : scheduled
          ? { change: undefined, messages: scheduled.messages }
          : alertFromNotification(message.Body ?? '');
      const deliveryId =
        change?.id ?? (scheduled ? `${scheduled.kind}:${scheduled.id}` : `test:${test?.messageId}`);
      const what = change ? `alert for ${change.state}` : scheduled ? scheduled.kind : 'test alert';
      // The emulator cannot match a digest's String.Array lists; SNS's match is applied here.
      const wanted =
        scheduled?.kind !== 'digest' || digestMatches(subscriber.filter, scheduled.attributes);
      if (wanted && !this.#options.ledger.has(subscriber.id, deliveryId)) {
        const { outbox } = this.#options;
        if (subscriber.protocol === 'email') {
          const path = await outbox.email({
            to: subscriber.endpoint,
            subject: messages.subject,
            text: messages.email,
          });
          this.#options.log.info(`email ${what} written to ${path}`);
        } else if (subscriber.protocol === 'sms') {
          await outbox.sms(subscriber.endpoint, messages.sms);
          this.#options.log.info(`SMS ${what} logged`);
        } else {
          await outbox.post(subscriber.endpoint, messages.default);
          this.#options.log.info(`https ${what} posted`);
        }
        this.#options.ledger.record({
          subscriberId: subscriber.id,
          changeId: deliveryId,
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
        // The message comes back once its visibility timeout has passed: look again then.
        this.#wakeIn(this.#options.visibilityTimeoutSeconds * 1_000 + RECHECK_MARGIN_MS);
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
