import {
  NO_SUBSCRIPTION_LIMITS,
  SIGNATURE_HEADER,
  SNS_FILTER_POLICY_QUOTAS,
  type SubscriptionCapacityReport,
  signRequest,
} from '@treatywatch/core';
import type { BenchResult } from '../report/BenchResult.js';
import { quantile } from '../stats/quantile.js';
import type { Step } from './benchSubscriberScale.js';
import { HttpsSink } from './HttpsSink.js';
import { mixedHttpsRequests } from './mixedHttpsRequests.js';
import { postSubscriptions } from './postSubscriptions.js';
import { ShardProbes } from './ShardProbes.js';
import { sinkFanOut } from './sinkFanOut.js';
import { startDevStack } from './startDevStack.js';
import type { StateTreaty } from './unseededPairs.js';

const SUBSCRIPTIONS = 10_000;
const QUOTA = SNS_FILTER_POLICY_QUOTAS.perTopic;
const CLIENTS = 8;
/** Answers per window when comparing the rate at the start and at the end of the placement. */
const WINDOW = 1_000;

const number = (value: number) => value.toLocaleString('en-US');

/** The operator's view of the stack's shards (`GET /operator/subscriptions`, signed). */
async function capacityReport(url: string, secret: string): Promise<SubscriptionCapacityReport> {
  const response = await fetch(`${url}/operator/subscriptions`, {
    headers: { accept: 'application/json', [SIGNATURE_HEADER]: signRequest('', secret) },
  });
  if (!response.ok) throw new Error(`GET /operator/subscriptions answered ${response.status}`);
  return (await response.json()) as SubscriptionCapacityReport;
}

/**
 * Benchmarks 8 and 9: alert-topic shards at scale. An unseeded local stack
 * with just enough shards of `QUOTA` filter policies for `SUBSCRIPTIONS`
 * https subscriptions (each holds one, whatever its filter), no abuse limits and
 * its data in memory, takes them through `POST /subscriptions` from `CLIENTS`
 * clients; every one must be placed (`202`) and none answered `5xx`. Then one
 * event on `pair` makes one change: it must be published once per shard, and
 * reach, through the stack's outbox, an https sink in this process exactly
 * once at each subscriber whose filter selects it and at no other.
 */
export async function benchPlacement(step: Step, pair: StateTreaty): Promise<BenchResult[]> {
  const sink = await HttpsSink.start();
  try {
    const { requests, matching } = mixedHttpsRequests(SUBSCRIPTIONS, pair, sink.origin);
    // Every subscription holds a filter-policy slot, whatever its filter.
    const shards = Math.ceil(SUBSCRIPTIONS / QUOTA);
    const stack = await step(`starting the local stack with ${shards} alert-topic shards`, () =>
      startDevStack({
        seed: false,
        alertTopicShards: shards,
        filterPoliciesPerTopic: QUOTA,
        subscriptionLimits: NO_SUBSCRIPTION_LIMITS,
      }),
    );
    try {
      const posted = await step(`placing ${number(SUBSCRIPTIONS)} subscriptions`, () =>
        postSubscriptions(stack.url, requests, CLIENTS),
      );
      const report = await capacityReport(stack.url, stack.secret);
      const probes = await ShardProbes.create(stack.description);
      try {
        const fanOut = await step(`one change over ${shards} shards`, () =>
          sinkFanOut(stack, sink, pair, matching),
        );
        const publishes = await probes.published();
        return results({ pair, shards, matching, posted, report, fanOut, publishes });
      } finally {
        probes.close();
      }
    } finally {
      await stack.stop();
    }
  } finally {
    await sink.stop();
  }
}

function results(measured: {
  readonly pair: StateTreaty;
  readonly shards: number;
  readonly matching: ReadonlySet<string>;
  readonly posted: Awaited<ReturnType<typeof postSubscriptions>>;
  readonly report: SubscriptionCapacityReport;
  readonly fanOut: Awaited<ReturnType<typeof sinkFanOut>>;
  readonly publishes: readonly number[];
}): BenchResult[] {
  const { pair, shards, matching, posted, report, fanOut, publishes } = measured;
  const placed = posted.statuses['202'] ?? 0;
  const serverErrors = Object.entries(posted.statuses)
    .filter(([status]) => status.startsWith('5') || status === 'error')
    .reduce((sum, [, count]) => sum + count, 0);
  const perSecond = placed / (posted.wallMs / 1000);
  // The rate over the first and the last WINDOW answers: whether placing slows as subscriptions pile up.
  const answered = posted.answeredMs;
  const firstRate = WINDOW / ((answered[WINDOW - 1] as number) / 1000);
  const lastRate =
    WINDOW /
    (((answered.at(-1) as number) - (answered[answered.length - WINDOW - 1] as number)) / 1000);
  const policies = report.shards.map((shard) => shard.filterPolicies);
  const spread = `${Math.min(...policies)}–${Math.max(...policies)}`;
  const ms = (q: number) => quantile(posted.requestMs, q).toFixed(0);
  const publishCount = publishes.reduce((sum, count) => sum + count, 0);
  const drainSeconds = (fanOut.lastMs - fanOut.firstMs) / 1000;
  return [
    {
      id: 'placement',
      rows: [
        {
          benchmark: `subscriptions: ${number(SUBSCRIPTIONS)} https subscriptions, mixed filters, placed on ${shards} shards (quota ${QUOTA})`,
          figure: `${number(placed)} placed, ${serverErrors} 5xx; ${perSecond.toFixed(0)} placements/s from ${CLIENTS} clients (first ${number(WINDOW)} ${firstRate.toFixed(0)}/s, last ${number(WINDOW)} ${lastRate.toFixed(0)}/s; p50 ${ms(0.5)} ms, p95 ${ms(0.95)} ms); ${spread} filter policies per shard`,
          target: '100% placed, 0 5xx',
          met: placed === SUBSCRIPTIONS && serverErrors === 0,
        },
      ],
      data: {
        method: `an unseeded local stack in this process, data in memory (no data directory), NO_SUBSCRIPTION_LIMITS, ${shards} alert topics of ${QUOTA} filter policies: ceil(${SUBSCRIPTIONS} ÷ ${QUOTA}), since every subscription holds a filter policy (an $or of a branch per kind of message), so they fill every shard to the quota exactly and the account's default ${SNS_FILTER_POLICY_QUOTAS.perAccount} policies; ${number(SUBSCRIPTIONS)} POST /subscriptions (protocol https, an endpoint path of its own each on an https sink in this process; filters cycling through ten: four none, the state and another, another state, the treaty, another treaty, the status, the treaty with withdrawn) from ${CLIENTS} loopback clients, each sending its next once answered; the spread read from the signed GET /operator/subscriptions`,
        subscriptions: SUBSCRIPTIONS,
        shards,
        filterPoliciesPerTopic: QUOTA,
        clients: CLIENTS,
        statuses: posted.statuses,
        wallMs: posted.wallMs,
        placementsPerSecond: perSecond,
        placementsPerSecondFirstAndLast: { window: WINDOW, first: firstRate, last: lastRate },
        requestMsP50: quantile(posted.requestMs, 0.5),
        requestMsP95: quantile(posted.requestMs, 0.95),
        report: {
          filterPolicies: report.filterPolicies,
          fullShards: report.fullShards,
          byProtocol: report.byProtocol,
          byStatus: report.byStatus,
          filterPoliciesPerShard: policies,
          subscriptionsPerShard: report.shards.map((shard) => shard.subscriptions.https),
        },
      },
    },
    {
      id: 'shardFanOut',
      rows: [
        {
          benchmark: `subscriptions: one change over ${shards} shards, publishes`,
          figure: `${publishCount} publishes (${publishes.every((count) => count === 1) ? 'one' : 'not one'} on each shard's topic)`,
          target: `= shards (${shards})`,
          met: publishCount === shards && publishes.every((count) => count === 1),
        },
        {
          benchmark: `subscriptions: one change to ${number(SUBSCRIPTIONS)} https subscribers on ${shards} shards`,
          figure: `${number(fanOut.delivered)} alerts for ${number(matching.size)} matching, ${fanOut.unexpected} unexpected; every one in ${(fanOut.lastMs / 1000).toFixed(1)} s after the POST (first ${(fanOut.firstMs / 1000).toFixed(2)} s, ${(fanOut.delivered / Math.max(drainSeconds, 0.001)).toFixed(0)} alerts/s)`,
          target: 'delivered = matching',
          met:
            fanOut.delivered === matching.size &&
            fanOut.matchingOnce === matching.size &&
            fanOut.unexpected === 0,
        },
      ],
      data: {
        method: `after the placement above, one probe SQS queue per shard subscribed with no filter policy; one signed POST /events giving ${pair.state}/${pair.treaty} its first status (withdrawal-announced); the stack's notifier publishes on each shard in turn, its deliverer posts each alert through the outbox to the https sink; times from the sink's arrival stamps against the time just before the POST; the sink watched 2 s more once every matching subscriber had its alert; publishes counted as the messages on the probes`,
        pair,
        shards,
        matching: matching.size,
        publishesPerShard: publishes,
        ...fanOut,
        drainSeconds,
      },
    },
  ];
}
