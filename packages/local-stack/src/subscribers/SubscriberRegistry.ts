import type { Protocol, SubscriptionFilter } from '@treatywatch/core';
import { JsonFile } from '../state/JsonFile.js';

/**
 * A subscriber of the local stack, as the SNS emulator cannot keep it: the
 * endpoint in clear (the table keeps it masked), its filter, and whether it
 * confirmed (email, as on SNS).
 */
export interface LocalSubscriber {
  /** The channel reference the subscription record points to. */
  readonly id: string;
  readonly protocol: Protocol;
  readonly endpoint: string;
  /** The alert-topic shard it is subscribed on (absent: shard 0, before shards). */
  readonly shard?: number;
  /** The subscription (record) it belongs to, named in its filter policy for its test alerts. */
  readonly subscriptionId?: string;
  readonly filter: SubscriptionFilter;
  readonly confirmed: boolean;
  /** Secret of the confirmation link. */
  readonly confirmToken: string;
  readonly createdAt: string;
}

/**
 * The local stack's subscribers, kept under the data directory (the SNS
 * emulator forgets its subscriptions when it stops; the registry lets them be
 * re-created at the next start). In memory without a data directory.
 */
export class SubscriberRegistry {
  readonly #file: JsonFile<LocalSubscriber[]>;

  constructor(path: string | undefined) {
    this.#file = new JsonFile<LocalSubscriber[]>(path, []);
  }

  list(): readonly LocalSubscriber[] {
    return this.#file.value;
  }

  get(id: string): LocalSubscriber | undefined {
    return this.#file.value.find((subscriber) => subscriber.id === id);
  }

  /** Adds or replaces the subscriber with the same id. */
  put(subscriber: LocalSubscriber): void {
    this.#file.write([...this.#file.value.filter((s) => s.id !== subscriber.id), subscriber]);
  }

  remove(id: string): void {
    this.#file.write(this.#file.value.filter((subscriber) => subscriber.id !== id));
  }
}
