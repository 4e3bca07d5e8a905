import type { LedgerEntry, NotificationLedger } from '../ports.js';

type Slot =
  | { readonly status: 'claimed'; readonly leaseEndsAt: number }
  | { readonly status: 'published'; readonly messageId: string };

/** How many entries `list` returns when no limit is given, as the DynamoDB ledger. */
const DEFAULT_LIST_LIMIT = 50;

/**
 * A `NotificationLedger` in memory, for tests of the use cases. Each
 * (change, shard) goes claimed (with a lease) → published. A claim is refused
 * while another holds its lease and always once published; an abandoned claim
 * may be taken again once its lease has run out. `complete` requires a claim,
 * `release` gives back only a claim, never a publication; `completeChange`
 * records a change once.
 */
export class InMemoryNotificationLedger implements NotificationLedger {
  readonly #slots = new Map<string, Slot>();
  readonly #changes = new Map<string, LedgerEntry>();

  async claim(
    changeId: string,
    shard: number,
    now: string,
    leaseSeconds: number,
  ): Promise<boolean> {
    const at = Date.parse(now);
    const key = slotKey(changeId, shard);
    const slot = this.#slots.get(key);
    const abandoned = slot?.status === 'claimed' && slot.leaseEndsAt < at;
    if (slot !== undefined && !abandoned) return false;
    this.#slots.set(key, { status: 'claimed', leaseEndsAt: at + leaseSeconds * 1000 });
    return true;
  }

  async complete(changeId: string, shard: number, messageId: string): Promise<void> {
    const key = slotKey(changeId, shard);
    if (this.#slots.get(key)?.status !== 'claimed') {
      throw new Error(`${key} is not claimed: only a claimed shard can be completed`);
    }
    this.#slots.set(key, { status: 'published', messageId });
  }

  async release(changeId: string, shard: number): Promise<void> {
    const key = slotKey(changeId, shard);
    if (this.#slots.get(key)?.status === 'claimed') this.#slots.delete(key);
  }

  async publishedShards(changeId: string): Promise<ReadonlyMap<number, string>> {
    const shards = new Map<number, string>();
    for (const [key, slot] of this.#slots) {
      const [id, shard] = key.split('\u0000');
      if (id === changeId && slot.status === 'published') shards.set(Number(shard), slot.messageId);
    }
    return shards;
  }

  async completeChange(entry: LedgerEntry): Promise<boolean> {
    if (this.#changes.has(entry.changeId)) return false;
    this.#changes.set(entry.changeId, structuredClone(entry));
    return true;
  }

  async get(changeId: string): Promise<LedgerEntry | null> {
    const entry = this.#changes.get(changeId);
    return entry === undefined ? null : structuredClone(entry);
  }

  async list(limit = DEFAULT_LIST_LIMIT): Promise<LedgerEntry[]> {
    return [...this.#changes.values()]
      .map((entry) => structuredClone(entry))
      .sort(
        (a, b) =>
          b.publishedAt.localeCompare(a.publishedAt) || b.changeId.localeCompare(a.changeId),
      )
      .slice(0, limit);
  }

  async listBetween(from: string, to: string): Promise<LedgerEntry[]> {
    return [...this.#changes.values()]
      .filter((entry) => entry.publishedAt >= from && entry.publishedAt < to)
      .map((entry) => structuredClone(entry))
      .sort(
        (a, b) =>
          a.publishedAt.localeCompare(b.publishedAt) || a.changeId.localeCompare(b.changeId),
      );
  }
}

function slotKey(changeId: string, shard: number): string {
  return `${changeId}\u0000${shard}`;
}
