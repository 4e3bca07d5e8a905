import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { fixedClock, signRequest } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/webhook/createWebhookHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable } from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

const SECRET = 'routes-secret';
const NOW = '2025-07-01T09:00:00Z';

describe('webhookRoutes', () => {
  let webhook: ReturnType<typeof createWebhookHandler>;

  const evaluate = async (body: string) => {
    const response = await webhook(
      httpApiEvent({
        method: 'POST',
        path: '/evaluate',
        body,
        headers: {
          'content-type': 'application/json',
          'x-treatywatch-signature': signRequest(body, SECRET, new Date(NOW)),
        },
      }),
    );
    return { statusCode: response.statusCode, json: JSON.parse(response.body ?? '') };
  };

  beforeAll(async () => {
    const table = await createTestTable();
    webhook = createWebhookHandler({
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      clock: fixedClock(NOW),
      secrets: async () => [SECRET],
      ...silentObservability(),
    });
  });

  it('evaluates the state a lower-case code names', async () => {
    const response = await evaluate('{"state":"lt"}');
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ state: 'LT', asOf: '2025-07-01', changes: [] });
  });

  it('evaluates every state given an empty body', async () => {
    const response = await evaluate('');
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ asOf: '2025-07-01', states: 0, changes: [] });
  });

  it('names each unknown field of an evaluation request', async () => {
    const response = await evaluate('{"state":"LT","asOf":"2025-01-01"}');
    expect(response.statusCode).toBe(400);
    expect(response.json.issues).toEqual([
      { field: 'asOf', message: 'unknown field; only "state" is accepted' },
    ]);
  });

  it('refuses an evaluation request that is not an object', async () => {
    const response = await evaluate('["LT"]');
    expect(response.statusCode).toBe(400);
    expect(response.json.issues).toEqual([
      {
        field: '(evaluation)',
        message: 'must be a JSON object such as {"state": "UA"} or {}',
      },
    ]);
  });
});
