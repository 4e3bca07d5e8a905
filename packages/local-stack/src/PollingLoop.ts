/** Options of a `PollingLoop`. */
export interface PollingLoopOptions {
  /** One round of work; true when it found any, so the next round starts at once. */
  readonly round: () => Promise<boolean>;
  /** Pause after a round that found nothing. */
  readonly intervalMs: number;
  /**
   * Told of a round that threw; the loop carries on with the next one. A round
   * that throws after `stop()` was called is not reported: the services it
   * reads may be going down with the rest of the stack.
   */
  readonly onError: (error: unknown) => void;
}

/**
 * Runs rounds of work in the background, the way a Lambda poller does: the
 * next round at once after a busy one, after `intervalMs` after an idle one.
 * `stop` cuts a pause short and waits for the round in flight.
 *
 * @example
 * const loop = new PollingLoop({ round: async () => (await drain()) > 0, intervalMs: 200, onError: log });
 * loop.start();
 * await loop.stop();
 */
export class PollingLoop {
  readonly #options: PollingLoopOptions;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(options: PollingLoopOptions) {
    this.#options = options;
  }

  /** True once started and then stopped: a round in flight should wind up. */
  get stopping(): boolean {
    return !this.#running && this.#loop !== undefined;
  }

  /** Starts the rounds in the background; does nothing when already running. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stops the rounds and resolves once the round in flight, if any, is done. */
  async stop(): Promise<void> {
    this.#running = false;
    this.#wake?.();
    await this.#loop;
  }

  /** Waits `ms`, or less if the loop stops meanwhile; at once when it is not running. */
  sleep(ms: number): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let busy = false;
      try {
        busy = await this.#options.round();
      } catch (error) {
        if (this.#running) this.#options.onError(error);
      }
      if (!busy) await this.sleep(this.#options.intervalMs);
    }
  }
}
