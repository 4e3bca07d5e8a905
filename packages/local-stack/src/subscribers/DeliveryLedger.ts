import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One alert handed to a subscriber. */
export interface Delivery {
  readonly subscriberId: string;
  readonly changeId: string;
  readonly deliveredAt: string;
}

/**
 * Which alerts went to which local subscriber, one JSON line per delivery
 * under the data directory, so a restart never sends an alert twice, even when
 * the queue or the stream hands it over again. In memory without a path.
 */
export class DeliveryLedger {
  readonly #path: string | undefined;
  readonly #delivered = new Set<string>();

  constructor(path: string | undefined) {
    this.#path = path;
    if (path === undefined) return;
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const delivery = JSON.parse(line) as Delivery;
        this.#delivered.add(key(delivery.subscriberId, delivery.changeId));
      } catch {
        // A line cut short by a crash: its delivery may happen once more, never be lost.
      }
    }
  }

  has(subscriberId: string, changeId: string): boolean {
    return this.#delivered.has(key(subscriberId, changeId));
  }

  record(delivery: Delivery): void {
    this.#delivered.add(key(delivery.subscriberId, delivery.changeId));
    if (this.#path === undefined) return;
    mkdirSync(dirname(this.#path), { recursive: true });
    appendFileSync(this.#path, `${JSON.stringify(delivery)}\n`);
  }
}

function key(subscriberId: string, changeId: string): string {
  return `${subscriberId} ${changeId}`;
}
