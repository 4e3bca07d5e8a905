import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI, as `npm start` runs it. */
export const CLI = fileURLToPath(new URL('../../../dist/treatywatch.mjs', import.meta.url));

/** A `treatywatch dev` child process and what it printed. */
export interface DevProcess {
  readonly child: ChildProcess;
  readonly url: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGINT and resolves with the exit code once the process has exited. */
  interrupt(): Promise<number | null>;
}

/**
 * Starts `node dist/treatywatch.mjs dev …args` and resolves once it prints
 * that it is running (or rejects with its output when it exits or the deadline
 * passes).
 */
export async function startDevProcess(
  args: readonly string[],
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

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`treatywatch dev did not start within ${deadlineMs} ms\n${out}\n${err}`));
    }, deadlineMs);
    const poll = setInterval(() => {
      const found = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(found);
      }
    }, 100);
    void exited.then((code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`treatywatch dev exited with ${code} before it was ready\n${out}\n${err}`));
    });
  });

  return {
    child,
    url,
    stdout: () => out,
    stderr: () => err,
    interrupt: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}
