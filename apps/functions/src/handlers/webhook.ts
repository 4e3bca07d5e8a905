/**
 * Lambda entry point of the signed webhook (API Gateway HTTP API, payload v2).
 * Env: `TABLE_NAME`, `ALERT_TOPIC_ARNS`, `FILTER_POLICIES_PER_TOPIC`, and
 * `WEBHOOK_SECRET_NAME` (or `TREATYWATCH_WEBHOOK_SECRET` locally).
 */
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoSubscriptionCapacity,
} from '@treatywatch/aws/dynamodb';
import { SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { alertTopicsFromEnvironment } from '../environment/alertTopicsFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createWebhookHandler } from '../webhook/createWebhookHandler.js';
import { secretsFromEnvironment } from '../webhook/secretsFromEnvironment.js';

const table = tableFromEnvironment();
const topics = alertTopicsFromEnvironment();

/** The webhook handler, wired to the table and secret the environment names. */
export const handler = createWebhookHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  capacity: new DynamoSubscriptionCapacity({
    ...table,
    shardCount: topics.topicArns.length,
    filterPoliciesPerTopic: topics.filterPoliciesPerTopic,
  }),
  channel: new SnsSubscriptionChannel(topics),
  clock: systemClock,
  secrets: secretsFromEnvironment(),
});
