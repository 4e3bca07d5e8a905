import type { LedgerEntry, NotificationLedger } from '../ports.js';

type Slot =
  | { readonly status: 'claimed'; readonly leaseEndsAt: number }
  | { readonly status: 'published'; readonly entry: LedgerEntry };

/** How many entries `list` returns when no limit is given, as the DynamoDB ledger. */
const DEFAULT_LIST_LIMIT = 50;

/**
 * A `NotificationLedger` in memory, for tests of the use cases. A change goes
 * claimed (with a lease) → published. A claim is refused while another holds
 * its lease and always once published; an abandoned claim may be taken again
 * once its lease has run out. `complete` requires a claim, `release` gives
 * back only a claim, never a publication.
 */
export class InMemoryNotificationLedger implements NotificationLedger {
  readonly #slots = new Map<string, Slot>();

  async claim(changeId: string, now: string, leaseSeconds: number): Promise<boolean> {
    const at = Date.parse(now);
    const slot = this.#slots.get(changeId);
    const abandoned = slot?.status === 'claimed' && slot.leaseEndsAt < at;
    if (slot !== undefined && !abandoned) return false;
    this.#slots.set(changeId, { status: 'claimed', leaseEndsAt: at + leaseSeconds * 1000 });
    return true;
  }

  async complete(entry: LedgerEntry): Promise<void> {
    if (this.#slots.get(entry.changeId)?.status !== 'claimed') {
      throw new Error(`${entry.changeId} is not claimed: only a claimed change can be completed`);
    }
    this.#slots.set(entry.changeId, { status: 'published', entry: structuredClone(entry) });
  }

  async release(changeId: string): Promise<void> {
    if (this.#slots.get(changeId)?.status === 'claimed') this.#slots.delete(changeId);
  }

  async get(changeId: string): Promise<LedgerEntry | null> {
    const slot = this.#slots.get(changeId);
    return slot?.status === 'published' ? structuredClone(slot.entry) : null;
  }

  async list(limit = DEFAULT_LIST_LIMIT): Promise<LedgerEntry[]> {
    return [...this.#slots.values()]
      .flatMap((slot) => (slot.status === 'published' ? [structuredClone(slot.entry)] : []))
      .sort(
        (a, b) =>
          b.publishedAt.localeCompare(a.publishedAt) || b.changeId.localeCompare(a.changeId),
      )
      .slice(0, limit);
  }
}
