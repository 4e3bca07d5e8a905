/** Lambda entry point of the public HTTP API (payload v2). Env: `TABLE_NAME`, `TOPIC_ARN`. */
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoSubscriptionStore,
} from '@treatywatch/aws/dynamodb';
import { SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { createApiHandler } from '../api/createApiHandler.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { topicFromEnvironment } from '../environment/topicFromEnvironment.js';

const table = tableFromEnvironment();

/** Status, timelines, feeds and subscriptions. */
export const handler = createApiHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  ledger: new DynamoNotificationLedger(table),
  subscriptions: new DynamoSubscriptionStore(table),
  channel: new SnsSubscriptionChannel(topicFromEnvironment()),
  clock: systemClock,
});
