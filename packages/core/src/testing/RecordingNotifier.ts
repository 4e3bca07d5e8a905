import type { ChangeMessages, StatusChange } from '@treatywatch/rules';
import type { Notifier } from '../ports.js';

/** One alert a `RecordingNotifier` published on one shard. */
export interface RecordedPublication {
  readonly shard: number;
  readonly messageId: string;
  readonly change: StatusChange;
  readonly messages: ChangeMessages;
}

/**
 * A `Notifier` over `shardCount` shards that keeps what it publishes, for
 * tests of the use cases. `failNext(error, shard?)` makes the next
 * publication (on `shard`, or on any shard) throw, as a topic that refuses a
 * message does; nothing is recorded for it.
 */
export class RecordingNotifier implements Notifier {
  readonly shardCount: number;
  readonly #published: RecordedPublication[] = [];
  readonly #failures: { error: Error; shard: number | undefined }[] = [];

  constructor(options: { readonly shardCount?: number } = {}) {
    this.shardCount = options.shardCount ?? 1;
  }

  /** Every publication, in order. */
  get published(): readonly RecordedPublication[] {
    return this.#published;
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
    if (!Number.isInteger(shard) || shard < 0 || shard >= this.shardCount) {
      throw new RangeError(`no shard ${shard}: there are ${this.shardCount}`);
    }
    const failure = this.#failures.findIndex((f) => f.shard === undefined || f.shard === shard);
    if (failure >= 0) throw this.#failures.splice(failure, 1)[0]?.error;
    const messageId = `message-${this.#published.length + 1}`;
    this.#published.push({
      shard,
      messageId,
      change: structuredClone(change),
      messages: structuredClone(messages),
    });
    return { messageId };
  }
}
