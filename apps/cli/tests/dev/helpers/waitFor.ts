/**
 * Calls `probe` every 250 ms until it returns a value, and resolves with it;
 * rejects once `deadlineMs` has passed without one.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  deadlineMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
