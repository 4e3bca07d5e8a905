import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SMS_LOG } from '@treatywatch/local-stack';
import { postEvents } from './postEvents.js';
import type { DevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

/** What one change fanned out to the stack's subscribers measured. */
export interface FanOut {
  /** Alerts in the delivery ledger once it stopped growing. */
  readonly delivered: number;
  /** Of those, to a subscriber the filters select. */
  readonly deliveredToMatching: number;
  /** Lines in the outbox's `sms.log`. */
  readonly smsLines: number;
  /** From just before the signed POST to the first and to the last delivery in the ledger. */
  readonly firstMs: number;
  readonly lastMs: number;
}

const DEADLINE_MS = 300_000;
const CHECK_EVERY_MS = 100;
/** After the expected count is reached, how long the ledger is watched for more. */
const QUIET_MS = 2_000;

interface Delivery {
  readonly subscriberId: string;
  readonly deliveredAt: string;
}

async function lines(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text.split('\n').filter((line) => line !== '');
}

/**
 * Records one `withdrawal-announced` event for `pair` (no earlier event, so
 * one status change and one SNS publish) through the signed webhook, and
 * waits until the stack's delivery ledger holds `matching.size` alerts; then
 * watches it `QUIET_MS` longer for any more. Times come from the ledger's
 * `deliveredAt`, so the check interval does not count.
 */
export async function fanOut(
  stack: DevStack,
  pair: StateTreaty,
  matching: ReadonlySet<string>,
): Promise<FanOut> {
  const ledger = stack.deliveriesFile;
  if (ledger === undefined) throw new Error('the stack was started without a delivery ledger');
  const sentAt = Date.now();
  await postEvents(stack.url, stack.secret, {
    state: pair.state,
    type: 'withdrawal-announced',
    treaty: pair.treaty,
    date: new Date(sentAt - 7 * 86_400_000).toISOString().slice(0, 10),
    source: `https://example.org/bench/fan-out/${pair.state}-${pair.treaty}`,
  });
  while ((await lines(ledger)).length < matching.size) {
    if (Date.now() - sentAt > DEADLINE_MS) {
      throw new Error(`${(await lines(ledger)).length} of ${matching.size} alerts delivered`);
    }
    await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
  }
  await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  const deliveries = (await lines(ledger)).map((line) => JSON.parse(line) as Delivery);
  const times = deliveries.map((delivery) => Date.parse(delivery.deliveredAt));
  return {
    delivered: deliveries.length,
    deliveredToMatching: new Set(
      deliveries.map((d) => d.subscriberId).filter((id) => matching.has(id)),
    ).size,
    smsLines: (await lines(join(stack.outboxDir, SMS_LOG))).length,
    firstMs: Math.min(...times) - sentAt,
    lastMs: Math.max(...times) - sentAt,
  };
}
