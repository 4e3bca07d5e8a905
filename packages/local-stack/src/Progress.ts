import { createColors } from 'picocolors';

/** A stream progress is shown on. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Shows the steps of a start-up; `startLocalStack` reports through it. */
export interface StepReporter {
  /** Runs `work`, showing `label` while it runs and the outcome once it is done. */
  step<T>(label: string, work: () => Promise<T>): Promise<T>;
}

/** Shows nothing: runs each step as it is. */
export const SILENT_STEPS: StepReporter = { step: (_label, work) => work() };

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_MS = 80;

/**
 * Shows the steps of a start-up on stderr: a spinner that turns into a tick
 * (or a cross) on a terminal, plain `...` / `ok` lines elsewhere, each with
 * how long the step took.
 */
export class Progress implements StepReporter {
  readonly #stream: ProgressStream;
  readonly #colors: ReturnType<typeof createColors>;

  constructor(stream: ProgressStream, options: { readonly color: boolean }) {
    this.#stream = stream;
    this.#colors = createColors(options.color);
  }

  /** Runs `work`, showing `label` while it runs and the outcome once it is done. */
  async step<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const elapsed = () => this.#colors.dim(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const tty = this.#stream.isTTY === true;
    let frame = 0;
    let timer: NodeJS.Timeout | undefined;
    if (tty) {
      const draw = () => {
        this.#stream.write(
          `\r\x1b[2K${this.#colors.cyan(FRAMES[frame % FRAMES.length] ?? '-')} ${label}`,
        );
        frame += 1;
      };
      draw();
      timer = setInterval(draw, FRAME_MS);
    } else {
      this.#stream.write(`... ${label}\n`);
    }
    try {
      const result = await work();
      clearInterval(timer);
      this.#stream.write(
        tty
          ? `\r\x1b[2K${this.#colors.green('✔')} ${label} ${elapsed()}\n`
          : `ok  ${label} ${elapsed()}\n`,
      );
      return result;
    } catch (error) {
      clearInterval(timer);
      this.#stream.write(
        tty ? `\r\x1b[2K${this.#colors.red('✖')} ${label}\n` : `failed  ${label}\n`,
      );
      throw error;
    }
  }
}
