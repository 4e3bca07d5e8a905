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
    description: 'Evaluates the assessments whose review date has come',
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
