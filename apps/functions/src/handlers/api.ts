/**
 * Lambda entry point of the public HTTP API (payload v2). Env: `TABLE_NAME`,
 * `ALERT_TOPIC_ARNS`, `FILTER_POLICIES_PER_TOPIC`, `SUBSCRIPTION_KEY_SECRET_NAME`,
 * `SUBSCRIPTION_LIMITS`.
 */
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoRateLimiter,
  DynamoSubscriptionCapacity,
  DynamoSubscriptionStore,
  StreamedTestAlertChannel,
} from '@treatywatch/aws/dynamodb';
import { SnsDirectSmsSender, SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { createApiHandler } from '../api/createApiHandler.js';
import { alertTopicsFromEnvironment } from '../environment/alertTopicsFromEnvironment.js';
import { subscriptionKeyFromEnvironment } from '../environment/subscriptionKeyFromEnvironment.js';
import { subscriptionLimitsFromEnvironment } from '../environment/subscriptionLimitsFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';

const table = tableFromEnvironment();
const topics = alertTopicsFromEnvironment();

/** Status, timelines, feeds and subscriptions. */
export const handler = createApiHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  ledger: new DynamoNotificationLedger(table),
  subscriptions: new DynamoSubscriptionStore(table),
  // Email and https test alerts are recorded for on-assessment-change to publish:
  // this function may not publish on the alert topics.
  channel: new StreamedTestAlertChannel({
    ...table,
    channel: new SnsSubscriptionChannel(topics),
    clock: systemClock,
  }),
  capacity: new DynamoSubscriptionCapacity({
    ...table,
    shardCount: topics.topicArns.length,
    filterPoliciesPerTopic: topics.filterPoliciesPerTopic,
  }),
  sms: new SnsDirectSmsSender({ client: topics.client }),
  limiter: new DynamoRateLimiter(table),
  limits: subscriptionLimitsFromEnvironment(),
  subscriptionKey: subscriptionKeyFromEnvironment(),
  clock: systemClock,
});
