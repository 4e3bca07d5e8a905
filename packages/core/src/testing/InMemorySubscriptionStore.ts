import { NotFoundError } from '../errors.js';
import type { SubscriptionRecord, SubscriptionStore } from '../ports.js';

/**
 * A `SubscriptionStore` in memory, for tests of the use cases. An id is
 * recorded once; a removed subscription is kept with the time it was removed
 * (`removedAt`) and no longer resolves; removing an unknown or removed id is a
 * `NotFoundError`.
 */
export class InMemorySubscriptionStore implements SubscriptionStore {
  readonly #records = new Map<string, { record: SubscriptionRecord; removedAt?: string }>();

  async put(record: SubscriptionRecord): Promise<void> {
    if (this.#records.has(record.id))
      throw new Error(`subscription ${record.id} is already recorded`);
    this.#records.set(record.id, { record: structuredClone(record) });
  }

  async get(id: string): Promise<SubscriptionRecord | null> {
    const slot = this.#records.get(id);
    return slot === undefined || slot.removedAt !== undefined ? null : structuredClone(slot.record);
  }

  async remove(id: string, at: string): Promise<void> {
    const slot = this.#records.get(id);
    if (slot === undefined || slot.removedAt !== undefined)
      throw new NotFoundError('subscription', id);
    slot.removedAt = at;
  }

  /** When `id` was removed, or undefined while it is current (or was never recorded). */
  removedAt(id: string): string | undefined {
    return this.#records.get(id)?.removedAt;
  }
}
