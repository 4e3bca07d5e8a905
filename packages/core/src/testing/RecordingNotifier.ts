import type { ChangeMessages, StatusChange } from '@treatywatch/rules';
import type { Notifier } from '../ports.js';

/** One alert a `RecordingNotifier` published. */
export interface RecordedPublication {
  readonly messageId: string;
  readonly change: StatusChange;
  readonly messages: ChangeMessages;
}

/**
 * A `Notifier` that keeps what it publishes, for tests of the use cases.
 * `failNext(error)` makes the next publication throw, as a topic that refuses
 * a message does; nothing is recorded for it.
 */
export class RecordingNotifier implements Notifier {
  readonly #published: RecordedPublication[] = [];
  readonly #failures: Error[] = [];

  /** Every publication, in order. */
  get published(): readonly RecordedPublication[] {
    return this.#published;
  }

  /** The next `publish` throws `error`. */
  failNext(error: Error): void {
    this.#failures.push(error);
  }

  async publish(change: StatusChange, messages: ChangeMessages): Promise<{ messageId: string }> {
    const failure = this.#failures.shift();
    if (failure !== undefined) throw failure;
    const messageId = `message-${this.#published.length + 1}`;
    this.#published.push({
      messageId,
      change: structuredClone(change),
      messages: structuredClone(messages),
    });
    return { messageId };
  }
}
