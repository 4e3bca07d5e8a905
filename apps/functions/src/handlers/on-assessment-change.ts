/** Lambda entry point of the assessment-stream consumer. Env: `TABLE_NAME`, `ALERT_TOPIC_ARNS`. */
import { DynamoNotificationLedger } from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { alertTopicsFromEnvironment } from '../environment/alertTopicsFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createOnAssessmentChangeHandler } from '../streams/createOnAssessmentChangeHandler.js';

/** Publishes each status change once on every alert-topic shard, through the ledger. */
export const handler = createOnAssessmentChangeHandler({
  notifier: new SnsNotifier(alertTopicsFromEnvironment()),
  ledger: new DynamoNotificationLedger(tableFromEnvironment()),
  clock: systemClock,
});
