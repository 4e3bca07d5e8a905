/**
 * Lambda entry point of the public HTTP API (payload v2). Env: `TABLE_NAME`,
 * `TOPIC_ARN`, `SUBSCRIPTION_KEY_SECRET_NAME`, `SUBSCRIPTION_LIMITS`.
 */
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoRateLimiter,
  DynamoSubscriptionStore,
} from '@treatywatch/aws/dynamodb';
import { SnsDirectSmsSender, SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { createApiHandler } from '../api/createApiHandler.js';
import { subscriptionKeyFromEnvironment } from '../environment/subscriptionKeyFromEnvironment.js';
import { subscriptionLimitsFromEnvironment } from '../environment/subscriptionLimitsFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { topicFromEnvironment } from '../environment/topicFromEnvironment.js';

const table = tableFromEnvironment();
const topic = topicFromEnvironment();

/** Status, timelines, feeds and subscriptions. */
export const handler = createApiHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  ledger: new DynamoNotificationLedger(table),
  subscriptions: new DynamoSubscriptionStore(table),
  channel: new SnsSubscriptionChannel(topic),
  sms: new SnsDirectSmsSender({ client: topic.client }),
  limiter: new DynamoRateLimiter(table),
  limits: subscriptionLimitsFromEnvironment(),
  subscriptionKey: subscriptionKeyFromEnvironment(),
  clock: systemClock,
});
