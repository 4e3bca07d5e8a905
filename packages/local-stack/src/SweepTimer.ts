import type { DevLog } from './DevLog.js';

/** When the deployed schedule runs the sweep: every day at 00:05 UTC. */
export const SWEEP_TIME_UTC = { hour: 0, minute: 5 } as const;

/** The first 00:05 UTC strictly after `now`. */
export function nextSweepAt(now: Date): Date {
  const next = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate(),
      SWEEP_TIME_UTC.hour,
      SWEEP_TIME_UTC.minute,
    ),
  );
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Plays the sweep schedule: once at start, then daily at 00:05 UTC, or every
 * `intervalMs` when given (for tests and demos). A run never overlaps the
 * previous one.
 */
export class SweepTimer {
  readonly #run: () => Promise<void>;
  readonly #log: DevLog;
  readonly #intervalMs: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #current: Promise<void> | undefined;
  #stopped = false;

  constructor(run: () => Promise<void>, log: DevLog, intervalMs?: number) {
    this.#run = run;
    this.#log = log;
    this.#intervalMs = intervalMs;
  }

  /** Runs the sweep now and schedules the next runs. */
  start(): void {
    this.#stopped = false;
    this.#tick();
  }

  /** Cancels the schedule and waits for a run in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#current;
  }

  #tick(): void {
    if (this.#stopped) return;
    this.#current = this.#run()
      .catch((error: unknown) => {
        this.#log.error(`sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.#schedule());
  }

  #schedule(): void {
    if (this.#stopped) return;
    const now = new Date();
    // setTimeout's delay caps at about 24.8 days; a day is far below.
    const delay = this.#intervalMs ?? nextSweepAt(now).getTime() - now.getTime();
    this.#timer = setTimeout(() => this.#tick(), delay);
  }
}
