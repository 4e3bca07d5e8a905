import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult, BenchRow } from '../report/BenchResult.js';
import { median } from '../stats/quantile.js';
import { buildUnbundled } from './buildUnbundled.js';
import { importTime } from './importTime.js';

const HANDLERS = ['webhook', 'on-event', 'on-assessment-change', 'sweep', 'api'] as const;
const WARM_UP_RUNS = 1;
const MEASURED_RUNS = 7;
const TARGET_IMPORT_MS = 50;
const TARGET_RATIO = 0.5;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The AWS SDK packages a minified bundle still imports at run time; none, once the SDK is bundled. */
function sdkImports(bundleText: string): string[] {
  return [...new Set([...bundleText.matchAll(/from"(@aws-sdk\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/** The AWS SDK clients bundled into a handler, read from its source map's list of sources. */
function bundledSdkClients(mapFile: string): string[] {
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  const clients = sources.flatMap((source) => {
    const match = /node_modules\/(@aws-sdk\/client-[^/]+)\//.exec(source);
    return match?.[1] === undefined ? [] : [match[1]];
  });
  return [...new Set(clients)].sort();
}

/**
 * Benchmark 4: cold-start proxies of each Lambda bundle
 * (`apps/functions/dist/<name>/index.mjs`, built by `npm run build`, the AWS
 * SDK clients it uses bundled and minified with it): its size, minified and
 * gzipped (level 9), and the median time a fresh Node process takes to import
 * it, against the same handler left unbundled (see `buildUnbundled`). Bundle
 * and baseline runs alternate, so both see the same machine load.
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
    // The entry and the chunks it may load with import(), all deployed together.
    const dir = dirname(bundle);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => readFileSync(join(dir, file)));
    const external = files.flatMap((text) => sdkImports(text.toString('utf8')));
    if (external.length > 0) {
      throw new Error(`${dir} imports ${external.join(', ')} at run time: rebuild it`);
    }
    const entryBytes = statSync(bundle).size;
    const minifiedBytes = files.reduce((sum, text) => sum + text.length, 0);
    const gzippedBytes = files.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
    const sdkClients = bundledSdkClients(`${bundle}.map`);
    const source = join(root, 'apps', 'functions', 'src', 'handlers', `${name}.ts`);
    const baseline = await buildUnbundled(source, name, cacheDir);
    const baselineBytes = statSync(baseline).size;

    const run = { cwd: root };
    for (let i = 0; i < WARM_UP_RUNS; i += 1) {
      await importTime(bundle, run);
      await importTime(baseline, run);
    }
    const bundleMs: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < MEASURED_RUNS; i += 1) {
      bundleMs.push(await importTime(bundle, run));
      baselineMs.push(await importTime(baseline, run));
    }
    const importMs = median(bundleMs);
    const unbundledMs = median(baselineMs);
    const ratio = importMs / unbundledMs;
    const misses = [
      importMs > TARGET_IMPORT_MS ? 'import' : null,
      ratio > TARGET_RATIO ? 'ratio' : null,
    ].filter((miss) => miss !== null);
    rows.push({
      benchmark: `cold start: ${name}`,
      figure: `import ${importMs.toFixed(0)} ms vs ${unbundledMs.toFixed(0)} ms unbundled (${ratio.toFixed(2)}); entry ${kb(entryBytes)}, ${kb(minifiedBytes)} with chunks (${kb(gzippedBytes)} gz)`,
      target: `≤ ${TARGET_IMPORT_MS} ms; ≤ ${TARGET_RATIO}`,
      met: misses.length === 0,
    });
    handlers.push({
      name,
      sdkClients,
      entryBytes,
      minifiedBytes,
      gzippedBytes,
      importMedianMs: importMs,
      unbundledImportMedianMs: unbundledMs,
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
      method: `fresh \`node --input-type=module -e\` process per run, timing import() of the module inside it (Node start-up not counted), dummy TABLE_NAME/ALERT_TOPIC_ARNS/secret and an endpoint that reaches nothing; ${WARM_UP_RUNS} warm-up and ${MEASURED_RUNS} measured runs per variant, alternating; medians. The bundle holds the AWS SDK clients the handler uses, minified, and imports no npm package at run time; code reached only through import() (the SDK's other credential providers) sits in chunks beside it and is not loaded. Sizes count the entry and its chunks.`,
      baseline:
        'the same handler entry built by esbuild without minifying and without bundling npm dependencies: the workspace TypeScript is compiled into one file, and every npm package, the AWS SDK included, loads file by file from node_modules, as it would from a function deployed with its node_modules or from the SDK the Lambda runtime provides',
      handlers,
    },
  };
}
