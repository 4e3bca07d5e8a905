import type { ChangeMessages, Digest, Reminder, StatusChange } from '@treatywatch/rules';
import type { Notifier } from '../ports.js';

/** One alert a `RecordingNotifier` published on one shard. */
export interface RecordedPublication {
  readonly shard: number;
  readonly messageId: string;
  readonly change: StatusChange;
  readonly messages: ChangeMessages;
}

/** One reminder or digest a `RecordingNotifier` published on one shard. */
export interface RecordedMessage<T> {
  readonly shard: number;
  readonly messageId: string;
  readonly message: T;
  readonly messages: ChangeMessages;
}

/**
 * A `Notifier` over `shardCount` shards that keeps what it publishes, for
 * tests of the use cases: status changes in `published`, reminders in
 * `reminders`, digests in `digests`, test alerts in `testAlerts`. `failNext(error, shard?)` makes the next
 * publication (on `shard`, or on any shard) throw, as a topic that refuses a
 * message does; nothing is recorded for it.
 */
export class RecordingNotifier implements Notifier {
  readonly shardCount: number;
  readonly #published: RecordedPublication[] = [];
  readonly #reminders: RecordedMessage<Reminder>[] = [];
  readonly #digests: RecordedMessage<Digest>[] = [];
  readonly #testAlerts: RecordedMessage<string>[] = [];
  #count = 0;
  readonly #failures: { error: Error; shard: number | undefined }[] = [];

  constructor(options: { readonly shardCount?: number } = {}) {
    this.shardCount = options.shardCount ?? 1;
  }

  /** Every publication, in order. */
  get published(): readonly RecordedPublication[] {
    return this.#published;
  }

  /** Every reminder published, in order. */
  get reminders(): readonly RecordedMessage<Reminder>[] {
    return this.#reminders;
  }

  /** Every digest published, in order. */
  get digests(): readonly RecordedMessage<Digest>[] {
    return this.#digests;
  }

  /** Every test alert published, in order; `message` is the subscription id it is addressed to. */
  get testAlerts(): readonly RecordedMessage<string>[] {
    return this.#testAlerts;
  }

  /** The next `publish` (on `shard`, when given) throws `error`. */
  failNext(error: Error, shard?: number): void {
    this.#failures.push({ error, shard });
  }

  async publish(
    shard: number,
    change: StatusChange,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    const messageId = this.#next(shard);
    this.#published.push({
      shard,
      messageId,
      change: structuredClone(change),
      messages: structuredClone(messages),
    });
    return { messageId };
  }

  async publishReminder(
    shard: number,
    reminder: Reminder,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    const messageId = this.#next(shard);
    this.#reminders.push({ shard, messageId, message: structuredClone(reminder), messages });
    return { messageId };
  }

  async publishDigest(
    shard: number,
    digest: Digest,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    const messageId = this.#next(shard);
    this.#digests.push({ shard, messageId, message: structuredClone(digest), messages });
    return { messageId };
  }

  async publishTestAlert(
    shard: number,
    subscriptionId: string,
    messages: ChangeMessages,
  ): Promise<{ messageId: string }> {
    const messageId = this.#next(shard);
    this.#testAlerts.push({ shard, messageId, message: subscriptionId, messages });
    return { messageId };
  }

  /** Checks the shard, applies a pending failure, and numbers the message. */
  #next(shard: number): string {
    if (!Number.isInteger(shard) || shard < 0 || shard >= this.shardCount) {
      throw new RangeError(`no shard ${shard}: there are ${this.shardCount}`);
    }
    const failure = this.#failures.findIndex((f) => f.shard === undefined || f.shard === shard);
    if (failure >= 0) throw this.#failures.splice(failure, 1)[0]?.error;
    this.#count += 1;
    return `message-${this.#count}`;
  }
}
