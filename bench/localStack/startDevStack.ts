import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStackFile, type StackDescription } from 'treatywatch/stack-file';

/** A running `treatywatch dev`, started by the benchmarks. */
export interface DevStack {
  /** Base URL of its HTTP API. */
  readonly url: string;
  /** Where its local subscribers' alerts land (`sms.log` for SMS subscribers). */
  readonly outboxDir: string;
  /** What the stack says about itself in its stack file: emulator endpoints, region, topic. */
  readonly description: StackDescription;
  /** The webhook signing secret it was started with. */
  readonly secret: string;
  /** Seconds from spawn to the banner. */
  readonly startSeconds: number;
  /** Sends SIGTERM (the stack shuts itself down cleanly) and waits for the exit. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the local stack exactly as a developer does, `treatywatch dev`, from
 * the built CLI (`apps/cli/bin/treatywatch.mjs`), in a child process: a free
 * port, the default seed (the repository's events), data in memory, and the
 * outbox in a fresh temporary working directory. Resolves once the banner
 * names the URL, with the stack file the banner names. The child is stopped, by its pid only, on `stop()` and if
 * this process exits first.
 */
export async function startDevStack(root: string): Promise<DevStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'treatywatch-bench-'));
  const secret = randomBytes(32).toString('hex');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [join(root, 'apps', 'cli', 'bin', 'treatywatch.mjs'), 'dev', '--port', '0'],
    {
      cwd: workDir,
      env: { ...process.env, TREATYWATCH_WEBHOOK_SECRET: secret, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = waitForExit(child);

  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString('utf8')}`.slice(-8_000);
  });
  const banner = await new Promise<{ url: string; outboxDir: string; stackFile: string }>(
    (resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`treatywatch dev did not start within ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        const url = /running at (http:\/\/\S+)/.exec(stdout)?.[1];
        const outboxDir = /^\s*outbox\s+(\S.*)$/m.exec(stdout)?.[1]?.trim();
        const stackFile = /^\s*stack\s+(\S+)/m.exec(stdout)?.[1];
        if (url !== undefined && outboxDir !== undefined && stackFile !== undefined) {
          clearTimeout(timer);
          resolve({ url, outboxDir, stackFile });
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`treatywatch dev exited during start-up: ${stderr.trim()}`));
      });
    },
  ).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    process.removeListener('exit', killOnExit);
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });

  return {
    url: banner.url,
    outboxDir: banner.outboxDir,
    description: readStackFile(banner.stackFile),
    secret,
    startSeconds: (performance.now() - started) / 1000,
    async stop() {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(forced);
      process.removeListener('exit', killOnExit);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
