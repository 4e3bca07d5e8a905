/** The fixed rate-limit window that holds an instant. */
export interface FixedWindow {
  /** Start of the window, epoch seconds: a multiple of its length. */
  readonly start: number;
  /** Seconds from the instant until the window ends (and a refused caller may retry). */
  readonly retryAfterSeconds: number;
}

/**
 * The window of `windowSeconds` that `now` falls in, windows aligned to
 * multiples of their length, so every rate limiter counts the same windows.
 *
 * @example
 * fixedWindow('1970-01-01T01:00:10Z', 3_600); // { start: 3600, retryAfterSeconds: 3590 }
 */
export function fixedWindow(now: string, windowSeconds: number): FixedWindow {
  const seconds = Math.floor(Date.parse(now) / 1_000);
  const start = seconds - (seconds % windowSeconds);
  return { start, retryAfterSeconds: start + windowSeconds - seconds };
}
