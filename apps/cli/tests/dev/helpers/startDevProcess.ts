import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStackFile, type StackDescription } from '@treatywatch/local-stack/stack-file';

/** The built CLI, as `npm start` runs it. */
export const CLI = fileURLToPath(new URL('../../../dist/treatywatch.mjs', import.meta.url));

/** A `treatywatch dev` child process and what it printed. */
export interface DevProcess {
  readonly child: ChildProcess;
  /** What the stack wrote to its stack file once ready. */
  readonly description: StackDescription;
  stdout(): string;
  stderr(): string;
  /** Sends `signal` (once) and resolves with the exit code once the process has exited. */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `node dist/treatywatch.mjs dev …args` and resolves once the stack
 * file appears at `stackFile`, the command's own signal that it is ready (or
 * rejects with its output when it exits or the deadline passes).
 */
export async function startDevProcess(
  args: readonly string[],
  stackFile: string,
  env: NodeJS.ProcessEnv,
  deadlineMs: number,
): Promise<DevProcess> {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`node build.mjs\` in apps/cli first`);
  const child = spawn(process.execPath, [CLI, 'dev', ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`treatywatch dev was not ready within ${deadlineMs} ms\n${out}\n${err}`));
    }, deadlineMs);
    const poll = setInterval(() => {
      if (existsSync(stackFile)) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      }
    }, 100);
    void exited.then((code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`treatywatch dev exited with ${code} before it was ready\n${out}\n${err}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    child,
    description: readStackFile(stackFile),
    stdout: () => out,
    stderr: () => err,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
