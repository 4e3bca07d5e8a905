import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getTreaty, stateName, toGsm7 } from '@treatywatch/rules';
import type { BenchResult } from '../report/BenchResult.js';
import { quantile } from '../stats/quantile.js';
import { postEvents } from './postEvents.js';
import { publicationKey, publishedTimes } from './publishedTimes.js';
import { SmsLogTail } from './SmsLogTail.js';
import type { DevStack } from './startDevStack.js';
import { alertKey, TopicQueue } from './TopicQueue.js';
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
/** Concurrent long-polling receives on the benchmark's queue. */
const RECEIVERS = 2;
const SUBSCRIBER_PHONE = '+15550100200';

/** The day of the events: a week ago, so they count today. */
function eventDate(): string {
  return new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
}

function smsPrefix({ state, treaty }: StateTreaty): string {
  return toGsm7(`${stateName(state)}, ${getTreaty(treaty).shortName}:`);
}

/** Subscribes the benchmark's number, verified with the code the stack wrote to `sms.log`. */
async function subscribeSms(url: string, outboxDir: string): Promise<void> {
  const post = async (path: string, body: unknown, expected: number) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expected)
      throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as { id: string; status: string };
  };
  const { id } = await post('/subscriptions', { protocol: 'sms', endpoint: SUBSCRIBER_PHONE }, 202);
  const log = await readFile(join(outboxDir, 'sms.log'), 'utf8');
  const code = [...log.matchAll(/code: (\d{6})/g)].at(-1)?.[1];
  if (code === undefined) throw new Error('no verification code in sms.log');
  const { status } = await post(`/subscriptions/${id}/verify`, { code }, 200);
  if (status !== 'active') throw new Error(`the SMS subscription is ${status}, not active`);
}

/** What one event's journey measured. */
interface Outcome {
  readonly pair: StateTreaty;
  /** Epoch milliseconds just before the POST, to compare with the ledger's `publishedAt`. */
  readonly sentAt: number;
  readonly answerMs: number;
  /** Until the SNS message was returned by a receive on the benchmark's own queue. */
  readonly queueMs: number | null;
  /** Until the alert's line appeared in the outbox's sms.log. */
  readonly alertMs: number | null;
}

/** Where one event's message is awaited. */
interface Observers {
  readonly queue: TopicQueue;
  readonly tail: SmsLogTail;
}

/**
 * Sends one event that gives `pair` its first status; resolves, once the alert
 * has reached the outbox, with the POST, queue and outbox times.
 */
async function oneAlert(
  stack: DevStack,
  { queue, tail }: Observers,
  pair: StateTreaty,
  index: number,
): Promise<Outcome> {
  const prefix = smsPrefix(pair);
  const queued = queue.waitFor(alertKey(pair.state, pair.treaty), ALERT_TIMEOUT_MS);
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
  const [queuedAt, seenAt] = await Promise.all([queued, alerted]);
  return {
    pair,
    sentAt,
    answerMs,
    queueMs: queuedAt === null ? null : queuedAt - start,
    alertMs: seenAt === null ? null : seenAt - start,
  };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * Benchmark 3: signed `POST /events` → the SNS message received on a
 * subscriber's SQS queue, in the running local stack. The benchmark reads the
 * stack file for the SNS/SQS emulator and the topic, and subscribes a queue of
 * its own with no filter policy, drained by long-polling receives; the figure
 * is the time the receive returns the message. Each event gives a new (state,
 * treaty) pair its first status, so each yields one message. A local SMS
 * subscriber (no filter) also gets each alert, which the stack's deliverer
 * takes from its own queue and writes to the outbox's `sms.log`: the second
 * figure, the whole local path. After a few sequential warm-up events, the
 * measured events are sent by `IN_FLIGHT` senders in a closed loop: a sender
 * sends its next event once the previous one's alert is in the outbox.
 */
export async function benchLatency(
  stack: DevStack,
  pairs: readonly StateTreaty[],
): Promise<BenchResult> {
  if (pairs.length < WARM_UP_EVENTS + MEASURED_EVENTS) throw new Error('not enough pairs');
  await subscribeSms(stack.url, stack.outboxDir);
  const queue = await TopicQueue.create(stack.description, 'treatywatch-bench-latency', RECEIVERS);
  const tail = new SmsLogTail(join(stack.outboxDir, 'sms.log'));
  const observers = { queue, tail };
  try {
    for (let i = 0; i < WARM_UP_EVENTS; i += 1) {
      const { queueMs, alertMs } = await oneAlert(stack, observers, pairs[i] as StateTreaty, i);
      if (queueMs === null || alertMs === null)
        throw new Error('no message for a warm-up event: is the stack publishing and delivering?');
    }
    const outcomes: Outcome[] = [];
    let next = WARM_UP_EVENTS;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < WARM_UP_EVENTS + MEASURED_EVENTS) {
          const index = next++;
          outcomes.push(await oneAlert(stack, observers, pairs[index] as StateTreaty, index));
        }
      }),
    );
    const queued = outcomes.flatMap((o) => (o.queueMs === null ? [] : [o.queueMs]));
    const alerts = outcomes.flatMap((o) => (o.alertMs === null ? [] : [o.alertMs]));
    const answers = outcomes.map((o) => o.answerMs);
    const missing = outcomes.length - queued.length;
    const missingAlerts = outcomes.length - alerts.length;
    // Where the time goes: until the ledger recorded the alert published on every shard, then after it.
    const published = await publishedTimes(stack.description);
    const toPublish: number[] = [];
    const publishToQueue: number[] = [];
    const publishToOutbox: number[] = [];
    for (const outcome of outcomes) {
      const at = published.get(publicationKey(outcome.pair.state, outcome.pair.treaty));
      if (at === undefined || outcome.queueMs === null || outcome.alertMs === null) continue;
      toPublish.push(at - outcome.sentAt);
      publishToQueue.push(outcome.queueMs - (at - outcome.sentAt));
      publishToOutbox.push(outcome.alertMs - (at - outcome.sentAt));
    }
    const p50 = quantile(queued, 0.5);
    const p95 = quantile(queued, 0.95);
    const summary = (values: readonly number[]) => ({
      p50: quantile(values, 0.5),
      p95: quantile(values, 0.95),
    });
    return {
      id: 'latency',
      rows: [
        {
          benchmark: 'latency: POST /events → message on a subscriber queue, p50',
          figure:
            toPublish.length === 0
              ? ms(p50)
              : `${ms(p50)} (last ${toPublish.length}: ${ms(quantile(toPublish, 0.5))} until the ledger recorded it published on every shard)`,
          target: '—',
          met: null,
        },
        {
          benchmark: 'latency: POST /events → message on a subscriber queue, p95',
          figure: `${ms(p95)} (${queued.length}/${outcomes.length} messages${missing > 0 ? `, ${missing} missing` : ''})`,
          target: `≤ ${TARGET_P95_MS} ms`,
          met: missing === 0 && p95 <= TARGET_P95_MS,
        },
        {
          benchmark: 'latency: POST /events → delivered to the outbox, p50 / p95',
          figure: `${ms(quantile(alerts, 0.5))} / ${ms(quantile(alerts, 0.95))} (${alerts.length}/${outcomes.length} alerts${missingAlerts > 0 ? `, ${missingAlerts} missing` : ''}${toPublish.length === 0 ? '' : `; last ${toPublish.length}: ${ms(quantile(publishToOutbox, 0.5))} from that record`})`,
          target: '—',
          met: null,
        },
      ],
      data: {
        method: `the local stack (startLocalStack) in the benchmark's process; the benchmark reads its description, creates an SQS queue in its SNS/SQS emulator and subscribes it to the alerts topic with no filter policy, receiving with ${RECEIVERS} long-polling ReceiveMessage loops (WaitTimeSeconds 1, up to 10 messages); one local SMS subscriber, no filter, whose alerts the stack's deliverer writes to the outbox's sms.log (checked every 5 ms); ${WARM_UP_EVENTS} sequential warm-up events, then ${MEASURED_EVENTS} events from ${IN_FLIGHT} senders, each sending its next event once the alert of its previous one reached the outbox, each a withdrawal-announced on a (state, treaty) pair with no earlier event. Queue latency: from just before the signed POST to the ReceiveMessage call returning the message; it includes the stack's two stream pollers (100 ms idle pause each) and the emulator's fan-out to SQS. Outbox latency adds the deliverer's polling of its subscribers' queues (50 ms idle pause) and the write.`,
        events: outcomes.length,
        messages: queued.length,
        missing,
        queueMs: { ...summary(queued), max: Math.max(...queued), all: queued },
        outboxMs: {
          ...summary(alerts),
          max: Math.max(...alerts),
          missing: missingAlerts,
          all: alerts,
        },
        webhookAnswerMs: summary(answers),
        breakdown:
          toPublish.length === 0
            ? null
            : {
                of: toPublish.length,
                note: "the newest alerts the Atom feed lists; publishedAt is the notification ledger's time, written just after SNS accepted the message; the emulator queues the message before Publish returns, so publishedToQueueMs is about 0 or below",
                postToPublishedMs: summary(toPublish),
                publishedToQueueMs: summary(publishToQueue),
                publishedToOutboxMs: summary(publishToOutbox),
              },
        unmatchedQueueMessages: queue.unmatched,
        unmatchedSmsLines: tail.unmatched,
      },
    };
  } finally {
    tail.stop();
    await queue.stop();
  }
}
