/** Lambda entry point of the event-stream consumer. Env: `TABLE_NAME`. */
import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { systemClock } from '@treatywatch/core';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createOnEventHandler } from '../streams/createOnEventHandler.js';

const table = tableFromEnvironment();

/** Evaluates the states of new event items, once per state and batch. */
export const handler = createOnEventHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  clock: systemClock,
});
