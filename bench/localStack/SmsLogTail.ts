import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

interface Waiter {
  readonly resolve: (observedAt: number) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Follows the local stack's `sms.log` (one `<ISO time> <masked number> <text>`
 * line per delivered SMS) by checking its size every `intervalMs`, and
 * resolves waiters when a line whose text starts with their prefix appears,
 * with the `performance.now()` at which it was seen.
 */
export class SmsLogTail {
  readonly #path: string;
  readonly #waiters = new Map<string, Waiter>();
  readonly #timer: NodeJS.Timeout;
  #offset = 0;
  #partial = '';
  /** Lines seen that no waiter asked for. */
  unmatched = 0;

  constructor(path: string, intervalMs = 5) {
    this.#path = path;
    if (existsSync(path)) this.#offset = statSync(path).size;
    this.#timer = setInterval(() => this.#read(), intervalMs);
  }

  /** Resolves with the time the line was seen, or `null` after `timeoutMs`. */
  waitFor(prefix: string, timeoutMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(prefix);
        resolve(null);
      }, timeoutMs);
      this.#waiters.set(prefix, { resolve, timer });
    });
  }

  stop(): void {
    clearInterval(this.#timer);
    for (const waiter of this.#waiters.values()) clearTimeout(waiter.timer);
    this.#waiters.clear();
  }

  #read(): void {
    if (!existsSync(this.#path)) return;
    const size = statSync(this.#path).size;
    if (size <= this.#offset) return;
    const observedAt = performance.now();
    const buffer = Buffer.alloc(size - this.#offset);
    const fd = openSync(this.#path, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, this.#offset);
    } finally {
      closeSync(fd);
    }
    this.#offset = size;
    const lines = `${this.#partial}${buffer.toString('utf8')}`.split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) {
      // `<ISO time> <masked number> <text>`
      const text = line.split(' ').slice(2).join(' ');
      let matched = false;
      for (const [prefix, waiter] of this.#waiters) {
        if (text.startsWith(prefix)) {
          clearTimeout(waiter.timer);
          this.#waiters.delete(prefix);
          waiter.resolve(observedAt);
          matched = true;
          break;
        }
      }
      if (!matched) this.unmatched += 1;
    }
  }
}
