/**
 * Lambda entry point of the signed webhook (API Gateway HTTP API, payload v2).
 * Env: `TABLE_NAME`, and `WEBHOOK_SECRET_NAME` (or `TREATYWATCH_WEBHOOK_SECRET` locally).
 */
import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { systemClock } from '@treatywatch/core';
import { tableFromEnvironment } from '../environment/tableFromEnvironment.js';
import { createWebhookHandler } from '../webhook/createWebhookHandler.js';
import { secretsFromEnvironment } from '../webhook/secretsFromEnvironment.js';

const table = tableFromEnvironment();

/** The webhook handler, wired to the table and secret the environment names. */
export const handler = createWebhookHandler({
  events: new DynamoEventStore(table),
  assessments: new DynamoAssessmentStore(table),
  clock: systemClock,
  secrets: secretsFromEnvironment(),
});
