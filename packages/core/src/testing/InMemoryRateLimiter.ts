import { fixedWindow } from '../fixedWindow.js';
import type { RateDecision, RateLimiter } from '../ports.js';

/** A `RateLimiter` in memory: fixed windows aligned to multiples of their length, as the DynamoDB one. */
export class InMemoryRateLimiter implements RateLimiter {
  readonly #counts = new Map<string, number>();

  /** How many windows hold a count. */
  get windows(): number {
    return this.#counts.size;
  }

  async take(
    key: string,
    limit: number,
    windowSeconds: number,
    now: string,
  ): Promise<RateDecision> {
    const { start, retryAfterSeconds } = fixedWindow(now, windowSeconds);
    const counter = `${key}@${start}`;
    const used = this.#counts.get(counter) ?? 0;
    if (used >= limit) return { allowed: false, used, retryAfterSeconds };
    this.#counts.set(counter, used + 1);
    return { allowed: true, used: used + 1, retryAfterSeconds };
  }
}
