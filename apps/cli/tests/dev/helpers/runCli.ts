import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CLI } from './startDevProcess.js';

const run = promisify(execFile);

/** Runs the built CLI with `args`, signing its requests with `secret`, with `env` added; rejects on a non-zero exit. */
export function runCli(
  args: readonly string[],
  secret: string,
  env: Readonly<Record<string, string>> = {},
): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [CLI, ...args], {
    env: { ...process.env, TREATYWATCH_WEBHOOK_SECRET: secret, NO_COLOR: '1', ...env },
  });
}
