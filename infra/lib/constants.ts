import type { PARTITION_PREFIXES } from '@treatywatch/aws/table';
import { SWEEP_CRON_UTC } from '@treatywatch/functions/constants';
import { eventBridgeCron } from './eventBridgeCron.js';

/** The Lambda functions, named after their esbuild bundles in `apps/functions/dist/<name>/index.mjs`. */
export const FUNCTION_NAMES = [
  'webhook',
  'on-event',
  'on-assessment-change',
  'sweep',
  'api',
] as const;

/** One of the five Lambda functions. */
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** The sweep's schedule unless configured: `SWEEP_CRON_UTC` (daily at 00:05 UTC) in EventBridge's syntax. */
export const DEFAULT_SWEEP_SCHEDULE = eventBridgeCron(SWEEP_CRON_UTC);

/** The stage name used when none is configured. */
export const DEFAULT_STAGE = 'prod';

/** The stage whose data is disposable: deletion protection is off unless asked for. */
export const DEV_STAGE = 'dev';

/** Powertools service name and metrics namespace. */
export const OBSERVABILITY = {
  serviceName: 'treatywatch',
  metricsNamespace: 'TreatyWatch',
  logLevel: 'INFO',
} as const;

/** Default-stage limits of the HTTP API, per second across all routes. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/** Bounds of the stream event source mappings. */
export const STREAM_RETRY = {
  retryAttempts: 5,
  maxRecordAgeHours: 24,
} as const;

/** Construct id, purpose and sizing of each function; ids are fixed so logical ids stay stable. */
export const FUNCTION_SPECS = {
  webhook: {
    id: 'Webhook',
    description: 'Records signed events; evaluates on request',
    memorySize: 512,
    timeoutSeconds: 15,
  },
  'on-event': {
    id: 'OnEvent',
    description: 'Re-evaluates the states that received new events',
    memorySize: 512,
    timeoutSeconds: 60,
  },
  'on-assessment-change': {
    id: 'OnAssessmentChange',
    description: 'Publishes status changes to the alerts topic',
    memorySize: 256,
    timeoutSeconds: 30,
  },
  sweep: {
    id: 'Sweep',
    description: 'Evaluates the assessments due, sends countdown reminders and digests',
    memorySize: 512,
    timeoutSeconds: 300,
  },
  api: {
    id: 'Api',
    description: 'Public status, feeds and subscriptions',
    memorySize: 512,
    timeoutSeconds: 10,
  },
} as const satisfies Record<
  FunctionName,
  { id: string; description: string; memorySize: number; timeoutSeconds: number }
>;

/**
 * Limits of the subscription routes, per second, on top of the stage's: a
 * route that sends SMS (codes, test alerts) or checks one-time codes gets far
 * less than reads do.
 */
export const SUBSCRIPTION_ROUTE_THROTTLE = {
  routes: [
    'POST /subscriptions',
    'POST /subscriptions/{id}/verify',
    'POST /subscriptions/{id}/test',
    'POST /manage/test',
  ],
  rateLimit: 2,
  burstLimit: 10,
} as const;

// Shared with the local stack, which has the same shards by default.
export { DEFAULT_ALERT_TOPIC_SHARDS, SNS_FILTER_POLICY_QUOTAS } from '@treatywatch/core';

/** Concurrent executions reserved for (and capping) the public api function. */
export const DEFAULT_API_RESERVED_CONCURRENCY = 20;

/** Share of the daily verification-SMS budget at which the operator is warned. */
export const VERIFICATION_BUDGET_WARNING = 0.8;

/** Partitions by their name in `PARTITION_PREFIXES`. */
type Partition = keyof typeof PARTITION_PREFIXES;

/**
 * A function's access to the table: the partitions it reads (`GetItem`,
 * `Query`), and the partitions it writes with which actions.
 */
export interface TableAccessSpec {
  readonly reads: readonly Partition[];
  readonly writes: {
    readonly partitions: readonly Partition[];
    readonly actions: readonly string[];
  };
  /** Whether it queries the `due` index. */
  readonly dueIndex: boolean;
}

/**
 * What each function does on the table, and nothing more: no `Scan`
 * anywhere, `DeleteItem` only where the ledger gives back a claim.
 */
export const TABLE_ACCESS = {
  // Appends events, their id guards and state markers; writes assessments on POST /evaluate.
  webhook: {
    // `shards`: the operator's view of subscription capacity, read only.
    reads: ['state', 'states', 'eventId', 'shards'],
    writes: {
      partitions: ['state', 'states', 'eventId'],
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
    },
    dueIndex: false,
  },
  'on-event': {
    reads: ['state', 'states'],
    writes: { partitions: ['state'], actions: ['dynamodb:UpdateItem'] },
    dueIndex: false,
  },
  // The ledger only: claim, complete and release each (change, shard), record the change with its log copy.
  'on-assessment-change': {
    reads: ['notification', 'notificationLog'],
    writes: {
      partitions: ['notification', 'notificationLog'],
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    },
    dueIndex: false,
  },
  // Evaluates due states; sends reminders and digests through the ledger (reads the log for digests).
  sweep: {
    reads: ['state', 'states', 'notification', 'notificationLog'],
    writes: {
      partitions: ['state', 'notification'],
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    },
    dueIndex: true,
  },
  // Reads statuses, timelines, the alert log and subscriptions; writes only
  // subscriptions, endpoint claims, rate counters, the shards' capacity counts
  // and test-alert requests (on-assessment-change publishes them: not this function).
  api: {
    reads: ['state', 'states', 'notificationLog', 'subscription', 'shards'],
    writes: {
      partitions: ['subscription', 'endpointClaim', 'rateCounter', 'shards', 'testAlert'],
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
    },
    dueIndex: false,
  },
} as const satisfies Record<FunctionName, TableAccessSpec>;
