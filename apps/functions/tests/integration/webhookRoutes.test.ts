import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { fixedClock, signRequest } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/webhook/createWebhookHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable, createTestTopic, shardPorts } from '../helpers/localAws.js';
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
      ...shardPorts(table, await createTestTopic({})),
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

  it('shows operators the subscription capacity by shard, signed, with no endpoint', async () => {
    const get = (signature?: string) =>
      webhook(
        httpApiEvent({
          method: 'GET',
          path: '/operator/subscriptions',
          headers: signature === undefined ? {} : { 'x-treatywatch-signature': signature },
        }),
      );
    const unsigned = await get();
    expect(unsigned.statusCode).toBe(401);
    const response = await get(signRequest('', SECRET, new Date(NOW)));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '')).toEqual({
      shardCount: 1,
      filterPoliciesPerTopic: 200,
      filterPolicies: { used: 0, capacity: 200 },
      fullShards: 0,
      byProtocol: { email: 0, sms: 0, https: 0 },
      byStatus: { confirmed: 1, pending: 0, deleted: 0 },
      shards: [
        {
          shard: 0,
          filterPolicies: 0,
          quota: 200,
          full: false,
          subscriptions: { email: 0, sms: 0, https: 0 },
          channel: { confirmed: 1, pending: 0, deleted: 0 },
        },
      ],
    });
  });
});
