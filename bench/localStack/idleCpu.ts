/** The CPU time this process used over an idle window. */
export interface IdleCpu {
  /** User plus system CPU time over the window, in milliseconds. */
  readonly cpuMs: number;
  /** The window's wall-clock length, in milliseconds. */
  readonly wallMs: number;
  /** CPU milliseconds per wall-clock second. */
  readonly cpuMsPerSecond: number;
}

/**
 * Waits `settleMs` (for what a start left to do), then measures this
 * process's CPU time (`process.cpuUsage`, user plus system, every thread) over
 * `windowMs` in which the caller does nothing.
 */
export async function idleCpu(settleMs: number, windowMs: number): Promise<IdleCpu> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const before = process.cpuUsage();
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const used = process.cpuUsage(before);
  const wallMs = performance.now() - started;
  const cpuMs = (used.user + used.system) / 1000;
  return { cpuMs, wallMs, cpuMsPerSecond: cpuMs / (wallMs / 1000) };
}
