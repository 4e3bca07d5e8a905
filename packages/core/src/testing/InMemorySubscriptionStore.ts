import { NotFoundError } from '../errors.js';
import type {
  Activation,
  SubscriptionFilter,
  SubscriptionRecord,
  SubscriptionStore,
} from '../ports.js';

/**
 * A `SubscriptionStore` in memory, for tests of the use cases. An id is
 * recorded once; a removed subscription is kept with the time it was removed
 * (`removedAt`) and no longer resolves; removing an unknown or removed id is a
 * `NotFoundError`.
 */
export class InMemorySubscriptionStore implements SubscriptionStore {
  readonly #records = new Map<string, { record: SubscriptionRecord; removedAt?: string }>();
  readonly #claims = new Map<string, { id: string; until?: string }>();

  async claimEndpoint(key: string, id: string, now: string, until?: string): Promise<boolean> {
    const held = this.#claims.get(key);
    if (held !== undefined && (held.until === undefined || held.until > now)) return false;
    this.#claims.set(key, { id, ...(until === undefined ? {} : { until }) });
    return true;
  }

  async holdEndpoint(key: string, id: string): Promise<void> {
    if (this.#claims.get(key)?.id === id) this.#claims.set(key, { id });
  }

  async releaseEndpoint(key: string, id: string, at: string): Promise<void> {
    if (this.#claims.get(key)?.id === id) this.#claims.set(key, { id, until: at });
  }

  async recordWrongCode(id: string, maxAttempts: number): Promise<number> {
    const slot = this.#records.get(id);
    const verification = slot?.record.verification;
    if (
      slot === undefined ||
      verification === undefined ||
      slot.record.status !== 'pending-verification' ||
      verification.attempts >= maxAttempts
    ) {
      return maxAttempts;
    }
    const attempts = verification.attempts + 1;
    slot.record = {
      ...slot.record,
      status: attempts >= maxAttempts ? 'void' : slot.record.status,
      verification: { ...verification, attempts },
    };
    return attempts;
  }

  async activate(id: string, codeHash: string, activation: Activation): Promise<boolean> {
    const slot = this.#records.get(id);
    if (
      slot?.record.status !== 'pending-verification' ||
      slot.record.verification?.codeHash !== codeHash
    ) {
      return false;
    }
    const { endpoint: _endpoint, verification: _code, expiresAt: _expiry, ...rest } = slot.record;
    slot.record = { ...rest, status: 'active', ...activation };
    return true;
  }

  async setFilter(id: string, filter: SubscriptionFilter, filterSlot: boolean): Promise<void> {
    const slot = this.#records.get(id);
    if (slot === undefined || slot.removedAt !== undefined) {
      throw new NotFoundError('subscription', id);
    }
    slot.record = { ...slot.record, filter, filterSlot };
  }

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

  /** Every record, removed ones too, by id. */
  get records(): ReadonlyMap<string, SubscriptionRecord> {
    return new Map([...this.#records].map(([id, slot]) => [id, structuredClone(slot.record)]));
  }

  /** When `id` was removed, or undefined while it is current (or was never recorded). */
  removedAt(id: string): string | undefined {
    return this.#records.get(id)?.removedAt;
  }
}
