import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A running `treatywatch dev`. */
export interface DevStack {
  /** Base URL of its HTTP API, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Everything it wrote to stdout and stderr so far, for failure messages. */
  output(): string;
  /** Sends SIGTERM and waits for a clean exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

// The CLI runs from its TypeScript sources through tsx, so the stack serves the
// web pages as they are in this checkout, not as last bundled into apps/cli/dist.
const CLI_MAIN = fileURLToPath(new URL('../../../../cli/src/main.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');
const READY = /Treaty Watch is running at (http:\/\/[^\s]+)/;

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the local stack (`treatywatch dev --port 0`, data in memory, seeded
 * with the repository's `data/events.json`) in `cwd`, where its outbox goes
 * (`.treatywatch/outbox`), and resolves once it prints its URL.
 */
export async function startDevStack(cwd: string, timeoutMs = 240_000): Promise<DevStack> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_MAIN, 'dev', '--port', '0'], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const stop = async (graceMs = 20_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`treatywatch dev did not start in ${timeoutMs} ms:\n${log}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const found = READY.exec(log);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`treatywatch dev exited (${code ?? signal}) before it was ready:\n${log}`));
    });
  }).catch(async (error: unknown) => {
    await stop(5_000);
    throw error;
  });
  return { url, output: () => log, stop };
}
