/**
 * `npm run bench`: runs every benchmark on this machine, prints one table and
 * writes bench/results.json. Expects the workspace built (`npm run bench`
 * builds it first). `--only rules,sweep,...` runs a subset (results.json is
 * then not written); with `--merge` as well, the subset's results and steps
 * replace theirs in results.json, each marked with when, on which Node and at
 * what load it was measured, and the rest of the file is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchColdStart } from './coldStart/benchColdStart.js';
import { benchLatency } from './localStack/benchLatency.js';
import { benchPlacement } from './localStack/benchPlacement.js';
import { benchSubscriberScale } from './localStack/benchSubscriberScale.js';
import { benchThroughput } from './localStack/benchThroughput.js';
import { startDevStack } from './localStack/startDevStack.js';
import { unseededPairs } from './localStack/unseededPairs.js';
import type { BenchResult } from './report/BenchResult.js';
import { formatTable } from './report/formatTable.js';
import { machineInfo } from './report/machineInfo.js';
import { benchRulesBundled } from './rules/benchRulesBundled.js';
import { benchSweep } from './sweep/benchSweep.js';

const BENCHMARKS = [
  'rules',
  'sweep',
  'coldStart',
  'localStack',
  'subscribers',
  'placement',
] as const;
type Benchmark = (typeof BENCHMARKS)[number];
const LATENCY_PAIRS = 205;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function selected(): readonly Benchmark[] {
  const flag = process.argv.indexOf('--only');
  if (flag < 0) return BENCHMARKS;
  const names = (process.argv[flag + 1] ?? '').split(',');
  const unknown = names.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}`);
  return names as Benchmark[];
}

const oneMinuteLoad = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/**
 * Per step: seconds taken, and the 1-minute load average before and after. It
 * counts the benchmarks' own processes (DynamoDB Local, the local stack), so
 * only the figure before the first step says whether other work was running.
 */
const steps: Record<string, { seconds: number; loadBefore: number; loadAfter: number }> = {};

async function timedStep<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  process.stderr.write(`bench: ${name}...\n`);
  const loadBefore = oneMinuteLoad();
  const start = performance.now();
  const result = await step();
  const seconds = (performance.now() - start) / 1000;
  steps[name] = { seconds, loadBefore, loadAfter: oneMinuteLoad() };
  process.stderr.write(`bench: ${name} done in ${seconds.toFixed(1)} s\n`);
  return result;
}

async function localStack(): Promise<BenchResult[]> {
  const stack = await timedStep('starting the local stack', startDevStack);
  try {
    const pairs = unseededPairs(root, 8);
    const latency = await timedStep('latency', () =>
      benchLatency(stack, pairs.slice(0, LATENCY_PAIRS)),
    );
    const throughput = await timedStep('throughput', () =>
      benchThroughput(stack, pairs.slice(LATENCY_PAIRS)),
    );
    return [latency, throughput];
  } finally {
    await stack.stop();
  }
}

const only = selected();
const machine = machineInfo();
const started = new Date();
const results: BenchResult[] = [];
if (only.includes('rules')) results.push(await timedStep('rules', () => benchRulesBundled(root)));
if (only.includes('sweep')) results.push(await timedStep('sweep', benchSweep));
if (only.includes('coldStart')) {
  results.push(await timedStep('cold start', () => benchColdStart(root)));
}
if (only.includes('localStack')) results.push(...(await localStack()));
if (only.includes('subscribers')) {
  // A pair of its own: the stacks are unseeded, so any pair makes one change.
  const [pair] = unseededPairs(root, 9);
  if (pair === undefined) throw new Error('no (state, treaty) pair without an event');
  results.push(...(await benchSubscriberScale(timedStep, pair)));
}
if (only.includes('placement')) {
  const [pair] = unseededPairs(root, 10);
  if (pair === undefined) throw new Error('no (state, treaty) pair without an event');
  results.push(...(await benchPlacement(timedStep, pair)));
}

const seconds = (Date.now() - started.getTime()) / 1000;
const loadAtStart = machine.loadAverage[0] ?? 0;
process.stdout.write(`\n${formatTable(results.flatMap((result) => result.rows))}\n\n`);
process.stdout.write(
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}; ${seconds.toFixed(0)} s; 1-minute load average before the run ${loadAtStart}\n`,
);
if (loadAtStart > machine.cores / 2) {
  process.stdout.write(
    `warning: the machine was busy before the run (load average ${loadAtStart} on ${machine.cores} cores); other work skews the timings\n`,
  );
}
const file = join(root, 'bench', 'results.json');
if (only.length < BENCHMARKS.length && process.argv.includes('--merge')) {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    steps: Record<string, unknown>;
    results: Record<string, BenchResult>;
  };
  Object.assign(report.steps, steps);
  for (const result of results) {
    report.results[result.id] = {
      ...result,
      data: {
        ...result.data,
        measuredAt: started.toISOString(),
        node: machine.node,
        loadAverageAtStart: loadAtStart,
      },
    };
  }
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`merged ${results.map((result) => result.id).join(', ')} into ${file}\n`);
}
if (only.length === BENCHMARKS.length) {
  const report = {
    timestamp: started.toISOString(),
    durationSeconds: seconds,
    machine,
    steps,
    results: Object.fromEntries(results.map((result) => [result.id, result])),
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`written ${file}\n`);
}
