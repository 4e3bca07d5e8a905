import type { BenchResult } from '../report/BenchResult.js';
import { postEvents } from './postEvents.js';
import type { DevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

const CLIENTS = 10;
const EVENTS = 1_000;

/**
 * Benchmark 5: events recorded per second through the local webhook with
 * `CLIENTS` concurrent clients on loopback, each sending one signed event per
 * request until `EVENTS` distinct events are recorded. The stack keeps
 * evaluating and alerting on what it records meanwhile, as it would.
 */
export async function benchThroughput(
  stack: DevStack,
  pairs: readonly StateTreaty[],
): Promise<BenchResult> {
  const base = Date.now() - 7 * 86_400_000;
  let next = 0;
  let recorded = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < EVENTS) {
        const index = next++;
        const pair = pairs[index % pairs.length] as StateTreaty;
        const { results } = await postEvents(stack.url, stack.secret, {
          state: pair.state,
          type: 'withdrawal-announced',
          treaty: pair.treaty,
          date: new Date(base - (index % 365) * 86_400_000).toISOString().slice(0, 10),
          source: `https://example.org/bench/throughput/${index}`,
        });
        recorded += results.filter((result) => !result.duplicate).length;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  if (recorded !== EVENTS) throw new Error(`${recorded} of ${EVENTS} events were recorded`);
  const rate = recorded / seconds;
  return {
    id: 'throughput',
    rows: [
      {
        benchmark: `throughput: webhook, ${CLIENTS} clients`,
        figure: `${rate.toFixed(0)} events/s (${EVENTS} in ${seconds.toFixed(1)} s)`,
        target: '—',
        met: null,
      },
    ],
    data: {
      method: `${CLIENTS} concurrent loopback clients, one signed event per POST /events, ${EVENTS} distinct events, all recorded (none duplicate); the stack's pollers evaluate and alert meanwhile`,
      clients: CLIENTS,
      events: EVENTS,
      seconds,
      eventsPerSecond: rate,
    },
  };
}
