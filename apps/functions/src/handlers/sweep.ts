/** Lambda entry point of the scheduled sweep (EventBridge). Env: `TABLE_NAME`. */
import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { systemClock } from '@treatywatch/core';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createSweepHandler } from '../sweep/createSweepHandler.js';

const table = tableFromEnvironment();

/** Evaluates the states whose assessments are due today. */
export const handler = createSweepHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  clock: systemClock,
});
