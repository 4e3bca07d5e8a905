import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult, BenchRow } from '../report/BenchResult.js';
import { median } from '../stats/quantile.js';
import { buildUnbundled } from './buildUnbundled.js';
import { importTime } from './importTime.js';

const HANDLERS = ['webhook', 'on-event', 'on-assessment-change', 'sweep', 'api'] as const;
const WARM_UP_RUNS = 1;
const MEASURED_RUNS = 7;
const TARGET_BYTES = 300 * 1024;
const TARGET_IMPORT_MS = 50;
const TARGET_RATIO = 0.5;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The AWS SDK packages a minified bundle imports (they are external: the Lambda runtime has them). */
function sdkImports(bundleText: string): string[] {
  return [...new Set([...bundleText.matchAll(/from"(@aws-sdk\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/**
 * Benchmark 4: cold-start proxies of each Lambda bundle
 * (`apps/functions/dist/<name>/index.mjs`, built by `npm run build`): its size,
 * minified and gzipped (level 9), and the median time a fresh Node process
 * takes to import it, against the same handler left unbundled (see
 * `buildUnbundled`). Bundle and baseline runs alternate, so both see the
 * same machine load.
 */
export async function benchColdStart(root: string): Promise<BenchResult> {
  const cacheDir = join(root, 'bench', '.cache', 'unbundled');
  const rows: BenchRow[] = [];
  const handlers: Record<string, unknown>[] = [];
  for (const name of HANDLERS) {
    const bundle = join(root, 'apps', 'functions', 'dist', name, 'index.mjs');
    if (!existsSync(bundle)) {
      throw new Error(`${bundle} is missing: build the functions first (npm run build)`);
    }
    const bundleText = readFileSync(bundle);
    const minifiedBytes = statSync(bundle).size;
    const gzippedBytes = gzipSync(bundleText, { level: 9 }).length;
    const sdk = sdkImports(bundleText.toString('utf8'));
    const source = join(root, 'apps', 'functions', 'src', 'handlers', `${name}.ts`);
    const baseline = await buildUnbundled(source, name, cacheDir);
    const baselineBytes = statSync(baseline).size;

    const run = { cwd: root };
    const withSdkLoaded = { cwd: root, preload: sdk };
    for (let i = 0; i < WARM_UP_RUNS; i += 1) {
      await importTime(bundle, run);
      await importTime(baseline, run);
    }
    const bundleMs: number[] = [];
    const baselineMs: number[] = [];
    const ownCodeMs: number[] = [];
    for (let i = 0; i < MEASURED_RUNS; i += 1) {
      bundleMs.push(await importTime(bundle, run));
      baselineMs.push(await importTime(baseline, run));
      ownCodeMs.push(await importTime(bundle, withSdkLoaded));
    }
    const importMs = median(bundleMs);
    const unbundledMs = median(baselineMs);
    const withoutSdkMs = median(ownCodeMs);
    const ratio = importMs / unbundledMs;
    const misses = [
      minifiedBytes > TARGET_BYTES ? 'size' : null,
      importMs > TARGET_IMPORT_MS ? 'import' : null,
      ratio > TARGET_RATIO ? 'ratio' : null,
    ].filter((miss) => miss !== null);
    rows.push({
      benchmark: `cold start: ${name}`,
      figure: `${kb(minifiedBytes)} min, ${kb(gzippedBytes)} gz; import ${importMs.toFixed(0)} ms (${withoutSdkMs.toFixed(0)} ms with the SDK already loaded) vs ${unbundledMs.toFixed(0)} ms unbundled (${ratio.toFixed(2)})`,
      target: `≤ ${kb(TARGET_BYTES)}; ≤ ${TARGET_IMPORT_MS} ms; ≤ ${TARGET_RATIO}`,
      met: misses.length === 0,
    });
    handlers.push({
      name,
      minifiedBytes,
      gzippedBytes,
      importMedianMs: importMs,
      unbundledImportMedianMs: unbundledMs,
      sdkPreloaded: sdk,
      importWithSdkLoadedMedianMs: withoutSdkMs,
      importWithSdkLoadedMs: ownCodeMs,
      ratio,
      missed: misses,
      importMs: bundleMs,
      unbundledImportMs: baselineMs,
      unbundledEntryBytes: baselineBytes,
    });
  }
  return {
    id: 'coldStart',
    rows,
    data: {
      method: `fresh \`node --input-type=module -e\` process per run, timing import() of the module inside it (Node start-up not counted), dummy TABLE_NAME/TOPIC_ARN/secret and an endpoint that reaches nothing; ${WARM_UP_RUNS} warm-up and ${MEASURED_RUNS} measured runs per variant, alternating; medians. A third variant imports the bundle after its @aws-sdk/* imports are already loaded, which isolates the bundle's own code. @aws-sdk/* is external in both variants (the Lambda runtime provides it), loaded from node_modules.`,
      baseline:
        'the same handler entry built by esbuild without minifying and without bundling npm dependencies: the workspace TypeScript is compiled into one file (Node 20 cannot import .ts), every npm package loads from node_modules',
      handlers,
    },
  };
}
