import { join } from 'node:path';
import { getTreaty, stateName, toGsm7 } from '@treatywatch/rules';
import type { BenchResult } from '../report/BenchResult.js';
import { quantile } from '../stats/quantile.js';
import { postEvents } from './postEvents.js';
import { publishedTimes } from './publishedTimes.js';
import { SmsLogTail } from './SmsLogTail.js';
import type { DevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

const WARM_UP_EVENTS = 5;
const MEASURED_EVENTS = 200;
/**
 * Events in flight at once: each sender sends its next event when the alert of
 * its previous one has arrived, so the stack never builds a backlog and the
 * figure stays a latency, not a queue length.
 */
const IN_FLIGHT = 4;
const ALERT_TIMEOUT_MS = 30_000;
const TARGET_P95_MS = 500;
const SUBSCRIBER_PHONE = '+15550100200';

/** The day of the events: a week ago, so they count today. */
function eventDate(): string {
  return new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
}

function smsPrefix({ state, treaty }: StateTreaty): string {
  return toGsm7(`${stateName(state)}, ${getTreaty(treaty).shortName}:`);
}

async function subscribeSms(url: string): Promise<void> {
  const response = await fetch(`${url}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ protocol: 'sms', endpoint: SUBSCRIBER_PHONE }),
  });
  const text = await response.text();
  if (response.status !== 201)
    throw new Error(`POST /subscriptions answered ${response.status}: ${text}`);
  const { status } = JSON.parse(text) as { status: string };
  if (status !== 'active') throw new Error(`the SMS subscription is ${status}, not active`);
}

/** What one event's journey measured. */
interface Outcome {
  readonly prefix: string;
  /** Epoch milliseconds just before the POST, to compare with the ledger's `publishedAt`. */
  readonly sentAt: number;
  readonly answerMs: number;
  readonly alertMs: number | null;
}

/** Sends one event that gives `pair` its first status; resolves with the POST and alert times. */
async function oneAlert(
  stack: DevStack,
  tail: SmsLogTail,
  pair: StateTreaty,
  index: number,
): Promise<Outcome> {
  const prefix = smsPrefix(pair);
  const alerted = tail.waitFor(prefix, ALERT_TIMEOUT_MS);
  const sentAt = Date.now();
  const start = performance.now();
  await postEvents(stack.url, stack.secret, {
    state: pair.state,
    type: 'withdrawal-announced',
    treaty: pair.treaty,
    date: eventDate(),
    source: `https://example.org/bench/latency/${index}`,
  });
  const answerMs = performance.now() - start;
  const seenAt = await alerted;
  return { prefix, sentAt, answerMs, alertMs: seenAt === null ? null : seenAt - start };
}

/**
 * Benchmark 3: signed `POST /events` → the alert delivered from a
 * subscriber's SQS queue, in the running local stack. One SMS subscriber with
 * no filter; each event gives a new (state, treaty) pair its first status,
 * so each yields one alert, published to the SNS emulator, queued on the
 * subscriber's queue and written by the stack's deliverer to `sms.log`, where
 * it is observed. After a few sequential warm-up events, the measured events
 * are sent by `IN_FLIGHT` senders in a closed loop.
 */
export async function benchLatency(
  stack: DevStack,
  pairs: readonly StateTreaty[],
): Promise<BenchResult> {
  if (pairs.length < WARM_UP_EVENTS + MEASURED_EVENTS) throw new Error('not enough pairs');
  await subscribeSms(stack.url);
  const tail = new SmsLogTail(join(stack.outboxDir, 'sms.log'));
  try {
    for (let i = 0; i < WARM_UP_EVENTS; i += 1) {
      const { alertMs } = await oneAlert(stack, tail, pairs[i] as StateTreaty, i);
      if (alertMs === null)
        throw new Error('no alert for a warm-up event: is the stack delivering?');
    }
    const outcomes: Outcome[] = [];
    let next = WARM_UP_EVENTS;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < WARM_UP_EVENTS + MEASURED_EVENTS) {
          const index = next++;
          outcomes.push(await oneAlert(stack, tail, pairs[index] as StateTreaty, index));
        }
      }),
    );
    const alerts = outcomes.flatMap((o) => (o.alertMs === null ? [] : [o.alertMs]));
    const answers = outcomes.map((o) => o.answerMs);
    const missing = outcomes.length - alerts.length;
    // Where the time goes, for the newest alerts the feed lists: up to the SNS publish, then after it.
    const published = await publishedTimes(stack.url);
    const toPublish: number[] = [];
    const afterPublish: number[] = [];
    for (const outcome of outcomes) {
      const at = [...published].find(([sms]) => sms.startsWith(outcome.prefix))?.[1];
      if (at === undefined || outcome.alertMs === null) continue;
      toPublish.push(at - outcome.sentAt);
      afterPublish.push(outcome.alertMs - (at - outcome.sentAt));
    }
    const p50 = quantile(alerts, 0.5);
    const p95 = quantile(alerts, 0.95);
    return {
      id: 'latency',
      rows: [
        {
          benchmark: 'latency: POST /events → alert, p50',
          figure:
            toPublish.length === 0
              ? `${p50.toFixed(0)} ms`
              : `${p50.toFixed(0)} ms (last ${toPublish.length}: ${quantile(toPublish, 0.5).toFixed(0)} ms to the SNS publish, ${quantile(afterPublish, 0.5).toFixed(0)} ms from it to delivery)`,
          target: '—',
          met: null,
        },
        {
          benchmark: 'latency: POST /events → alert, p95',
          figure: `${p95.toFixed(0)} ms (${alerts.length}/${outcomes.length} alerts${missing > 0 ? `, ${missing} missing` : ''})`,
          target: `≤ ${TARGET_P95_MS} ms`,
          met: missing === 0 && p95 <= TARGET_P95_MS,
        },
      ],
      data: {
        method: `treatywatch dev in a child process; one SMS subscriber, no filter; ${WARM_UP_EVENTS} sequential warm-up events, then ${MEASURED_EVENTS} events from ${IN_FLIGHT} senders, each sending its next event once the alert of its previous one arrived, each a withdrawal-announced on a (state, treaty) pair with no earlier event; latency from just before the signed POST to the alert's line appearing in the outbox's sms.log (checked every 5 ms). It includes the stack's stream polling (200 ms idle pause), the SNS emulator's fan-out to SQS and the deliverer's queue polling (200 ms idle pause).`,
        events: outcomes.length,
        alerts: alerts.length,
        missing,
        alertMs: { p50, p95, max: Math.max(...alerts), all: alerts },
        webhookAnswerMs: { p50: quantile(answers, 0.5), p95: quantile(answers, 0.95) },
        breakdown:
          toPublish.length === 0
            ? null
            : {
                of: toPublish.length,
                note: "the newest alerts the Atom feed lists; publishedAt is the notification ledger's time, written just after SNS accepted the message",
                postToPublishedMs: {
                  p50: quantile(toPublish, 0.5),
                  p95: quantile(toPublish, 0.95),
                },
                publishedToDeliveredMs: {
                  p50: quantile(afterPublish, 0.5),
                  p95: quantile(afterPublish, 0.95),
                },
              },
        unmatchedSmsLines: tail.unmatched,
      },
    };
  } finally {
    tail.stop();
  }
}
