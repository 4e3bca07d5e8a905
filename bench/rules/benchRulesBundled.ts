import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BenchResult } from '../report/BenchResult.js';

/**
 * Runs `benchRules` in a fresh Node process from an esbuild bundle built as
 * the Lambda bundles are (ESM, no `keepNames`, so no per-call helpers a
 * development loader adds): the figures are those of the code that ships,
 * in a process that has done nothing else.
 */
export async function benchRulesBundled(root: string): Promise<BenchResult> {
  const outfile = join(root, 'bench', '.cache', 'rules.mjs');
  await build({
    entryPoints: [join(root, 'bench', 'rules', 'rulesMain.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    logLevel: 'warning',
  });
  const stdout = execFileSync(process.execPath, [outfile], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(stdout) as BenchResult;
}
