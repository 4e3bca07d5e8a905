/** Lambda entry point of the assessment-stream consumer. Env: `TABLE_NAME`, `TOPIC_ARN`. */
import { DynamoNotificationLedger } from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { topicFromEnvironment } from '../environment/topicFromEnvironment.js';
import { createOnAssessmentChangeHandler } from '../streams/createOnAssessmentChangeHandler.js';

/** Publishes each status change once, through the ledger, to the alerts topic. */
export const handler = createOnAssessmentChangeHandler({
  notifier: new SnsNotifier(topicFromEnvironment()),
  ledger: new DynamoNotificationLedger(tableFromEnvironment()),
  clock: systemClock,
});
