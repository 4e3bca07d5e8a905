import { SNSClient } from '@aws-sdk/client-sns';
import { SNS_FILTER_POLICY_QUOTAS } from '@treatywatch/core';
import * as z from 'zod/mini';
import { FunctionsError } from '../errors.js';
import { requiredEnv } from '../requiredEnv.js';

/** An SNS client and the alert topics, one per shard, as the SNS adapters take them. */
export interface AlertTopics {
  readonly client: SNSClient;
  /** Shard 0's topic first. */
  readonly topicArns: readonly string[];
  /** Filter policies one topic may hold. */
  readonly filterPoliciesPerTopic: number;
}

const topicArnsSchema = z
  .array(z.string().check(z.regex(/^arn:[\w-]+:sns:[\w-]+:\d{12}:[\w-]{1,256}$/)))
  .check(z.minLength(1), z.maxLength(1_000));

/**
 * The alert topics named by `ALERT_TOPIC_ARNS` (a JSON array of topic ARNs,
 * shard 0 first) and the per-topic quota `FILTER_POLICIES_PER_TOPIC` (default
 * 200, as on SNS). Malformed values fail loudly: a deployment must never
 * place subscriptions on topics it did not mean. The SDK itself honours
 * `AWS_ENDPOINT_URL_SNS` (the local emulator) and the region.
 */
export function alertTopicsFromEnvironment(env: NodeJS.ProcessEnv = process.env): AlertTopics {
  const text = requiredEnv('ALERT_TOPIC_ARNS', env);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new FunctionsError('ALERT_TOPIC_ARNS is not JSON', {}, { cause });
  }
  const topics = topicArnsSchema.safeParse(parsed);
  if (!topics.success) {
    throw new FunctionsError(
      `ALERT_TOPIC_ARNS must be a JSON array of 1 to 1,000 SNS topic ARNs: ${topics.error.message}`,
      {},
    );
  }
  const quotaText =
    env.FILTER_POLICIES_PER_TOPIC?.trim() || String(SNS_FILTER_POLICY_QUOTAS.perTopic);
  const quota = Number(quotaText);
  if (!Number.isInteger(quota) || quota < 1 || quota > 1_000_000) {
    throw new FunctionsError(
      `FILTER_POLICIES_PER_TOPIC must be a whole number from 1 to 1,000,000, got ${JSON.stringify(quotaText)}`,
      {},
    );
  }
  return { client: new SNSClient({}), topicArns: topics.data, filterPoliciesPerTopic: quota };
}
