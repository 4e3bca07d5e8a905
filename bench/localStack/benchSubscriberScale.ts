import type { BenchResult } from '../report/BenchResult.js';
import { fanOut } from './fanOut.js';
import { type IdleCpu, idleCpu } from './idleCpu.js';
import { type MixedSubscribers, mixedSubscribers } from './mixedSubscribers.js';
import { type DevStack, startDevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

const FEW = 10;
const MANY = 10_000;
/** After a start, before the idle window: the pollers' first reads, the deliverer's first round. */
const SETTLE_MS = 2_000;
const IDLE_WINDOW_MS = 5_000;
const TARGET_IDLE_RATIO = 1.5;

/** Runs one named step of the benchmark run (timed and reported by the caller). */
export type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;

const number = (value: number) => value.toLocaleString('en-US');

async function withStack<T>(
  step: Step,
  name: string,
  start: () => Promise<DevStack>,
  use: (stack: DevStack) => Promise<T>,
): Promise<T> {
  const stack = await step(name, start);
  try {
    return await use(stack);
  } finally {
    await stack.stop();
  }
}

/**
 * Benchmarks 6 and 7: what local subscribers cost the local stack. Stacks
 * start one after the other, unseeded, with `FEW`, `MANY` and again `FEW` SMS
 * subscribers with mixed filters, restored into the SNS emulator by the
 * stack's subscription channel. Each idles `IDLE_WINDOW_MS` after settling,
 * and the process's CPU time over that window is compared (the emulator runs
 * in this process; DynamoDB Local, a Java process, does not count); the later
 * `FEW` window is the baseline, the first one still pays for the process's
 * warm-up. The `MANY` stack also records one event on `pair`: its one change
 * goes out to every subscriber whose filter selects it, and the delivery
 * ledger must end up with exactly those.
 */
export async function benchSubscriberScale(step: Step, pair: StateTreaty): Promise<BenchResult[]> {
  const few = mixedSubscribers(FEW, pair);
  const many = mixedSubscribers(MANY, pair);
  const idleWith = (count: number, subscribers: MixedSubscribers['subscribers'], when: string) =>
    withStack(
      step,
      `starting the local stack with ${number(count)} subscribers${when}`,
      () => startDevStack({ seed: false, subscribers }),
      () =>
        step(`idle CPU, ${number(count)} subscribers${when}`, () =>
          idleCpu(SETTLE_MS, IDLE_WINDOW_MS),
        ),
    );
  const fewFirst = await idleWith(FEW, few.subscribers, '');
  let startSeconds = 0;
  const { manyIdle, spread } = await withStack(
    step,
    `starting the local stack with ${number(MANY)} subscribers`,
    () => startDevStack({ seed: false, subscribers: many.subscribers }),
    async (stack) => {
      startSeconds = stack.startSeconds;
      const idle = await step(`idle CPU, ${number(MANY)} subscribers`, () =>
        idleCpu(SETTLE_MS, IDLE_WINDOW_MS),
      );
      const measured = await step(`one change to ${number(MANY)} subscribers`, () =>
        fanOut(stack, pair, many.matching),
      );
      return { manyIdle: idle, spread: measured };
    },
  );
  const fewIdle = await idleWith(FEW, few.subscribers, ' again');
  const ratio = manyIdle.cpuMsPerSecond / fewIdle.cpuMsPerSecond;
  const exact =
    spread.delivered === many.matching.size &&
    spread.deliveredToMatching === many.matching.size &&
    spread.smsLines === many.matching.size;
  const drainSeconds = (spread.lastMs - spread.firstMs) / 1000;
  const perSecond = (ms: IdleCpu) => `${ms.cpuMsPerSecond.toFixed(1)} ms`;
  return [
    {
      id: 'idleCpu',
      rows: [
        {
          benchmark: `subscribers: idle CPU, ${number(MANY)} ÷ ${number(FEW)} local subscribers`,
          figure: `${ratio.toFixed(2)} (${perSecond(manyIdle)} vs ${perSecond(fewIdle)} CPU per idle second)`,
          target: `≤ ${TARGET_IDLE_RATIO}`,
          met: ratio <= TARGET_IDLE_RATIO,
        },
      ],
      data: {
        method: `three unseeded local stacks in this process, one after the other, with ${FEW}, ${MANY} and again ${FEW} SMS subscribers (mixed filters) restored from the data directory's registry; ${SETTLE_MS} ms to settle, then process.cpuUsage (user + system) over ${IDLE_WINDOW_MS} ms with nothing published; DynamoDB Local (Java) not counted; the baseline is the later ${FEW}-subscriber window (the first one, fewIdleFirst, is taken while the process is still warming up)`,
        subscribers: { few: FEW, many: MANY },
        fewIdleFirst: fewFirst,
        manyIdle,
        fewIdle,
        ratio,
        manyStartSeconds: startSeconds,
      },
    },
    {
      id: 'fanOut',
      rows: [
        {
          benchmark: `subscribers: one change fanned out to ${number(MANY)} local subscribers, mixed filters`,
          figure: `${number(spread.delivered)} alerts for ${number(many.matching.size)} matching; last ${(spread.lastMs / 1000).toFixed(1)} s after the POST (${(spread.delivered / Math.max(drainSeconds, 0.001)).toFixed(0)} alerts/s)`,
          target: 'delivered = matching',
          met: exact,
        },
      ],
      data: {
        method: `one signed POST /events giving ${pair.state}/${pair.treaty} its first status (withdrawal-announced) to the ${MANY}-subscriber stack; the SNS emulator's filter policies pick the subscribers; times from the delivery ledger's deliveredAt, against the time just before the POST; the ledger watched 2 s more after reaching the expected count`,
        pair,
        subscribers: MANY,
        matching: many.matching.size,
        ...spread,
        drainSeconds,
      },
    },
  ];
}
