/** One line of the printed table. */
export interface BenchRow {
  readonly benchmark: string;
  /** The measured figure, in words and units. */
  readonly figure: string;
  /** The target, or `—` when there is none. */
  readonly target: string;
  /** `null` when there is no target to meet. */
  readonly met: boolean | null;
}

/** What one benchmark measured: its table rows and its raw numbers for `results.json`. */
export interface BenchResult {
  readonly id: string;
  readonly rows: readonly BenchRow[];
  /** Raw measurements, method and corpus description. */
  readonly data: Readonly<Record<string, unknown>>;
}
