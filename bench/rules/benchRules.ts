import { assess, type TreatyEvent } from '@treatywatch/rules';
import type { BenchResult } from '../report/BenchResult.js';
import { median } from '../stats/quantile.js';
import { generateHistories } from './generateHistories.js';
import { generateLongHistory } from './generateLongHistory.js';

const CORPUS = { count: 10_000, seed: 20_260_101, minEvents: 5, maxEvents: 30 } as const;
const WARM_UP_PASSES = 3;
const MEASURED_PASSES = 11;
const TARGET_RATIO = 0.5;
const LONG_HISTORY = { events: 100_000, seed: 20_261_202 } as const;
const LONG_WARM_UP_PASSES = 1;
const LONG_MEASURED_PASSES = 5;
/** A small multiple of parsing the history: the walk is O(n log n), whatever the order. */
const TARGET_LONG_RATIO = 3;

function timed(pass: () => number): { ms: number; sink: number } {
  const start = performance.now();
  const sink = pass();
  return { ms: performance.now() - start, sink };
}

/**
 * Benchmark 1: `assess` over a generated corpus of (state, treaty) histories,
 * against `JSON.parse` of the same histories' JSON text. Each pass parses, or
 * assesses, all histories once; passes alternate after a warm-up, and the
 * medians are compared, so both run equally warm in the same process.
 */
export function benchRules(): BenchResult {
  const histories = generateHistories(CORPUS);
  const parsed = histories.map((history) => JSON.parse(history.json) as TreatyEvent[]);
  const events = parsed.reduce((sum, list) => sum + list.length, 0);
  const bytes = histories.reduce((sum, history) => sum + history.json.length, 0);

  // Results feed a sink the caller checks, so no pass can be optimised away.
  const parsePass = (): number => {
    let sink = 0;
    for (const history of histories) sink += (JSON.parse(history.json) as unknown[]).length;
    return sink;
  };
  const assessPass = (): number => {
    let sink = 0;
    for (let i = 0; i < histories.length; i += 1) {
      const history = histories[i] as (typeof histories)[number];
      sink += assess(history.treaty, parsed[i] as TreatyEvent[], history.asOf).explanation.length;
    }
    return sink;
  };

  for (let i = 0; i < WARM_UP_PASSES; i += 1) {
    parsePass();
    assessPass();
  }
  const parseMs: number[] = [];
  const assessMs: number[] = [];
  for (let i = 0; i < MEASURED_PASSES; i += 1) {
    const parse = timed(parsePass);
    const assessed = timed(assessPass);
    if (parse.sink !== events || assessed.sink <= 0) throw new Error('a pass did not do its work');
    parseMs.push(parse.ms);
    assessMs.push(assessed.ms);
  }

  const statuses: Record<string, number> = {};
  for (let i = 0; i < histories.length; i += 1) {
    const history = histories[i] as (typeof histories)[number];
    const { status } = assess(history.treaty, parsed[i] as TreatyEvent[], history.asOf);
    statuses[status] = (statuses[status] ?? 0) + 1;
  }

  const long = benchLongHistory();
  const assessMedian = median(assessMs);
  const parseMedian = median(parseMs);
  const rate = (histories.length / assessMedian) * 1000;
  const ratio = assessMedian / parseMedian;
  return {
    id: 'rules',
    rows: [
      {
        benchmark: 'rules: assess throughput',
        figure: `${Math.round(rate).toLocaleString('en-US')} assessments/s`,
        target: '—',
        met: null,
      },
      {
        benchmark: 'rules: assess ÷ JSON.parse',
        figure: `${ratio.toFixed(2)} (${assessMedian.toFixed(1)} ms vs ${parseMedian.toFixed(1)} ms per pass)`,
        target: `≤ ${TARGET_RATIO}`,
        met: ratio <= TARGET_RATIO,
      },
      {
        benchmark: 'rules: assess ÷ JSON.parse, one 100,000-event history, shuffled',
        figure: `${long.ratio.toFixed(2)} (${long.assessMedianMs.toFixed(0)} ms vs ${long.parseMedianMs.toFixed(0)} ms)`,
        target: `≤ ${TARGET_LONG_RATIO}`,
        met: long.ratio <= TARGET_LONG_RATIO,
      },
    ],
    data: {
      corpus: {
        ...CORPUS,
        histories: histories.length,
        events,
        jsonBytes: bytes,
        statusesAssessed: statuses,
      },
      method: `${WARM_UP_PASSES} warm-up passes of each, then ${MEASURED_PASSES} alternating measured passes; medians`,
      assessPassMs: assessMs,
      parsePassMs: parseMs,
      assessMedianMs: assessMedian,
      parseMedianMs: parseMedian,
      assessmentsPerSecond: rate,
      assessToParseRatio: ratio,
      longHistory: long,
    },
  };
}

/**
 * `assess` of one state's 100,000 shuffled events for one treaty against
 * `JSON.parse` of their JSON text, alternating after a warm-up: what a long
 * history costs beyond reading it.
 */
function benchLongHistory() {
  const { asOf, json } = generateLongHistory(LONG_HISTORY);
  const events = JSON.parse(json) as TreatyEvent[];
  const parsePass = (): number => (JSON.parse(json) as unknown[]).length;
  const assessPass = (): number => assess('apmbc', events, asOf).explanation.length;
  for (let i = 0; i < LONG_WARM_UP_PASSES; i += 1) {
    parsePass();
    assessPass();
  }
  const parseMs: number[] = [];
  const assessMs: number[] = [];
  for (let i = 0; i < LONG_MEASURED_PASSES; i += 1) {
    const parse = timed(parsePass);
    const assessed = timed(assessPass);
    if (parse.sink !== events.length || assessed.sink <= 0)
      throw new Error('a pass did not do its work');
    parseMs.push(parse.ms);
    assessMs.push(assessed.ms);
  }
  const assessMedianMs = median(assessMs);
  const parseMedianMs = median(parseMs);
  return {
    ...LONG_HISTORY,
    jsonBytes: json.length,
    method: `${LONG_WARM_UP_PASSES} warm-up pass of each, then ${LONG_MEASURED_PASSES} alternating measured passes; medians`,
    assessPassMs: assessMs,
    parsePassMs: parseMs,
    assessMedianMs,
    parseMedianMs,
    ratio: assessMedianMs / parseMedianMs,
  };
}
