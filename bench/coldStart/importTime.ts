import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Environment the handlers read at import, with values that reach nothing. */
export const DUMMY_LAMBDA_ENV = {
  TABLE_NAME: 'treatywatch-bench',
  ALERT_TOPIC_ARNS: JSON.stringify(['arn:aws:sns:us-east-1:000000000000:treatywatch-bench']),
  TREATYWATCH_WEBHOOK_SECRET: 'bench-secret-never-used',
  WEBHOOK_SECRET_NAME: 'treatywatch-bench',
  POWERTOOLS_SERVICE_NAME: 'treatywatch-bench',
  POWERTOOLS_METRICS_NAMESPACE: 'TreatyWatchBench',
  POWERTOOLS_METRICS_DISABLED: 'true',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  // Nothing listens there: were a handler to call AWS at import, it would fail, not reach AWS.
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
} as const;

const PROBE = [
  'const [target, ...preload] = process.argv.slice(1);',
  'for (const specifier of preload) await import(specifier);',
  'const start = performance.now();',
  'const module = await import(target);',
  'const ms = performance.now() - start;',
  "if (typeof module.handler !== 'function') throw new Error('no handler export');",
  'process.stdout.write(JSON.stringify({ ms }));',
].join('\n');

/**
 * Milliseconds a fresh Node process takes to import the module at `path`
 * (measured inside the process, from just before `import()` to its
 * resolution, so Node's own start-up is not counted) with the dummy Lambda
 * environment. Modules named in `preload` (bare specifiers, resolved from
 * `cwd`) are imported before the clock starts. Fails when the module has no
 * `handler` export.
 */
export function importTime(
  path: string,
  options: { readonly cwd: string; readonly preload?: readonly string[] },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', PROBE, pathToFileURL(path).href, ...(options.preload ?? [])],
      {
        cwd: options.cwd,
        env: { PATH: process.env.PATH ?? '', ...DUMMY_LAMBDA_ENV },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`importing ${path} failed (exit ${code}): ${stderr.trim()}`));
        return;
      }
      resolve((JSON.parse(stdout) as { ms: number }).ms);
    });
  });
}
