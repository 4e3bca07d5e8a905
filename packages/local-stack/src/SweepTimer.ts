import { SWEEP_CRON_UTC } from '@treatywatch/functions/constants';
import { Cron } from 'croner';
import type { DevLog } from './DevLog.js';

// Paused and without a function, croner only reads the schedule: the timer below runs it.
const schedule = new Cron(SWEEP_CRON_UTC, { timezone: 'Etc/UTC', paused: true });

/** The first time the deployed schedule (`SWEEP_CRON_UTC`, 00:05 UTC) comes strictly after `now`. */
export function nextSweepAt(now: Date): Date {
  const next = schedule.nextRun(now);
  if (next === null) throw new Error(`the sweep schedule ${SWEEP_CRON_UTC} never runs again`);
  return next;
}

/**
 * Plays the sweep schedule: once at start, then on `SWEEP_CRON_UTC` (daily at
 * 00:05 UTC, the deployed schedule), or every
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
