import type { HttpsSink } from './HttpsSink.js';
import { postEvents } from './postEvents.js';
import type { DevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

/** What one change fanned out to https subscribers measured. */
export interface SinkFanOut {
  /** Requests the sink received once the quiet period was over, to any path. */
  readonly delivered: number;
  /** Matching subscribers that received exactly one alert. */
  readonly matchingOnce: number;
  /** Subscribers that received an alert and do not match, or a matching one more than one. */
  readonly unexpected: number;
  /** From just before the signed POST to the first and the last alert the sink received. */
  readonly firstMs: number;
  readonly lastMs: number;
}

const DEADLINE_MS = 300_000;
const CHECK_EVERY_MS = 100;
/** After every matching subscriber has its alert, how long the sink is watched for more. */
const QUIET_MS = 2_000;

/**
 * Records one `withdrawal-announced` event for `pair` (no earlier event, so
 * one status change) through the signed webhook, and waits until every path
 * in `matching` has received a request on the sink; then watches it
 * `QUIET_MS` longer. Times are the sink's arrival stamps, so the check
 * interval does not count.
 */
export async function sinkFanOut(
  stack: DevStack,
  sink: HttpsSink,
  pair: StateTreaty,
  matching: ReadonlySet<string>,
): Promise<SinkFanOut> {
  const sentAt = Date.now();
  await postEvents(stack.url, stack.secret, {
    state: pair.state,
    type: 'withdrawal-announced',
    treaty: pair.treaty,
    date: new Date(sentAt - 7 * 86_400_000).toISOString().slice(0, 10),
    source: `https://example.org/bench/shard-fan-out/${pair.state}-${pair.treaty}`,
  });
  const reached = () => [...matching].filter((path) => sink.arrivals(path).length > 0).length;
  while (reached() < matching.size) {
    if (Date.now() - sentAt > DEADLINE_MS) {
      throw new Error(`${reached()} of ${matching.size} matching subscribers had their alert`);
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
  }
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  const times = sink.paths().flatMap((path) => sink.arrivals(path));
  return {
    delivered: times.length,
    matchingOnce: [...matching].filter((path) => sink.arrivals(path).length === 1).length,
    unexpected: sink
      .paths()
      .filter((path) => !matching.has(path) || sink.arrivals(path).length !== 1).length,
    firstMs: Math.min(...times) - sentAt,
    lastMs: Math.max(...times) - sentAt,
  };
}
