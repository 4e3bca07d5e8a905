import { fileURLToPath } from 'node:url';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import {
  DEFAULT_ALERT_TOPIC_SHARDS,
  DEFAULT_API_RESERVED_CONCURRENCY,
  DEFAULT_STAGE,
  DEFAULT_SWEEP_SCHEDULE,
  DEV_STAGE,
  SNS_FILTER_POLICY_QUOTAS,
} from '../lib/constants.js';
import { TreatyWatchStack } from '../lib/TreatyWatchStack.js';

/**
 * The CDK app: the one place that reads configuration (context, `-c key=value`).
 *
 * - `stage` (default `prod`): names the stack `TreatyWatch-<stage>`; `dev` turns deletion protection off.
 * - `sweepSchedule` (default `cron(5 0 * * ? *)`, UTC).
 * - `operatorEmail`: subscribed to operations alarms.
 * - `smsMonthlySpendLimit` (USD): an account setting this app does not change; it sets the spend alarm.
 * - `deletionProtection` (`true`/`false`): overrides the stage's default.
 * - `bundlesDir`: where the function bundles are (default: `apps/functions/dist`).
 * - `subscriptionsPerIpPerHour` (10), `requestsPerEndpointPerDay` (3),
 *   `verificationSmsPerDay` (500): abuse limits of the subscription routes.
 * - `smsCountries`: comma-separated E.164 prefixes SMS may go to, e.g. `+44,+353` (default: all).
 * - `apiReservedConcurrency` (20): concurrency reserved for, and capping, the api function.
 * - `alertTopicShards` (8): alert topics subscriptions are spread over; each holds
 *   `filterPoliciesPerTopic` (200, SNS's default quota) filtered subscriptions.
 * - `filterPoliciesPerAccount` (10,000, SNS's default quota): shards × per topic may not exceed it.
 */
const app = new App();

const text = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined || value === null || value === '' ? undefined : String(value);
};
const flag = (key: string): boolean | undefined => {
  const value = text(key);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') {
    throw new Error(`Context ${key} must be true or false, got "${value}"`);
  }
  return value === 'true';
};
const amount = (key: string): number | undefined => {
  const value = text(key);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new Error(`Context ${key} must be a positive number of USD, got "${value}"`);
  }
  return parsed;
};

const count = (key: string): number | undefined => {
  const value = text(key);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`Context ${key} must be a whole number of at least 1, got "${value}"`);
  }
  return parsed;
};
const prefixes = (key: string): string[] | undefined => {
  const value = text(key);
  if (value === undefined) return undefined;
  const list = value.split(',').map((prefix) => prefix.trim());
  const bad = list.find((prefix) => !/^\+[1-9]\d{0,5}$/.test(prefix));
  if (bad !== undefined) {
    throw new Error(`Context ${key} must list E.164 prefixes such as +44,+353; got "${bad}"`);
  }
  return list;
};

const stage = text('stage') ?? DEFAULT_STAGE;
if (!/^[a-z][a-z0-9-]{0,20}$/.test(stage)) {
  throw new Error(`Context stage must be lower-case letters, digits and dashes, got "${stage}"`);
}

new TreatyWatchStack(app, `TreatyWatch-${stage}`, {
  description: `Treaty Watch (${stage}): treaty withdrawal tracking and alerts`,
  stage,
  bundlesDir:
    text('bundlesDir') ?? fileURLToPath(new URL('../../apps/functions/dist', import.meta.url)),
  sweepSchedule: text('sweepSchedule') ?? DEFAULT_SWEEP_SCHEDULE,
  deletionProtection: flag('deletionProtection') ?? stage !== DEV_STAGE,
  operatorEmail: text('operatorEmail'),
  smsMonthlySpendLimit: amount('smsMonthlySpendLimit'),
  subscriptionLimits: {
    perSourceIp: {
      requests:
        count('subscriptionsPerIpPerHour') ?? DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests,
      windowSeconds: DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.windowSeconds,
    },
    perEndpoint: {
      requests:
        count('requestsPerEndpointPerDay') ?? DEFAULT_SUBSCRIPTION_LIMITS.perEndpoint.requests,
      windowSeconds: DEFAULT_SUBSCRIPTION_LIMITS.perEndpoint.windowSeconds,
    },
    verificationSmsPerDay:
      count('verificationSmsPerDay') ?? DEFAULT_SUBSCRIPTION_LIMITS.verificationSmsPerDay,
    smsCountries: prefixes('smsCountries') ?? DEFAULT_SUBSCRIPTION_LIMITS.smsCountries,
  },
  apiReservedConcurrency: count('apiReservedConcurrency') ?? DEFAULT_API_RESERVED_CONCURRENCY,
  alertTopicShards: count('alertTopicShards') ?? DEFAULT_ALERT_TOPIC_SHARDS,
  filterPoliciesPerTopic: count('filterPoliciesPerTopic') ?? SNS_FILTER_POLICY_QUOTAS.perTopic,
  filterPoliciesPerAccount:
    count('filterPoliciesPerAccount') ?? SNS_FILTER_POLICY_QUOTAS.perAccount,
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
