/** Lambda entry point of the scheduled sweep (EventBridge). Env: `TABLE_NAME`, `ALERT_TOPIC_ARNS`. */
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
} from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { systemClock } from '@treatywatch/core';
import { alertTopicsFromEnvironment } from '../environment/alertTopicsFromEnvironment.js';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createSweepHandler } from '../sweep/createSweepHandler.js';

const table = tableFromEnvironment();

/** Evaluates the states whose assessments are due today, then sends the day's reminders and digests. */
export const handler = createSweepHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  notifier: new SnsNotifier(alertTopicsFromEnvironment()),
  ledger: new DynamoNotificationLedger(table),
  clock: systemClock,
});
