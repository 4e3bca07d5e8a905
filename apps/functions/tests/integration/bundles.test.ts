import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { signRequest } from '@treatywatch/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable, createTestTopic } from '../helpers/localAws.js';

type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

const dist = (name: string) =>
  fileURLToPath(new URL(`../../dist/${name}/index.mjs`, import.meta.url));

let imports = 0;
/** Imports a bundle afresh, so each import reads the environment as it is now. */
async function load<T>(name: string): Promise<T> {
  imports += 1;
  const module = await import(`${pathToFileURL(dist(name)).href}?load=${imports}`);
  return module.handler as T;
}

describe('the bundled handlers', () => {
  beforeAll(async () => {
    for (const name of ['webhook', 'on-event', 'on-assessment-change', 'sweep', 'api']) {
      if (!existsSync(dist(name)))
        throw new Error(`dist/${name}/index.mjs is missing: run npm run build`);
    }
    const table = await createTestTable();
    const topic = await createTestTopic({});
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      TOPIC_ARN: topic.topicArn,
      TREATYWATCH_WEBHOOK_SECRET: JSON.stringify({ current: 'bundle-new', previous: 'bundle-old' }),
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
      AWS_ENDPOINT_URL_SNS: inject('snsEndpoint'),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
  });

  it('records a signed event through the webhook bundle, configured by the environment', async () => {
    const webhook = await load<HttpHandler>('webhook');
    const body = JSON.stringify({
      state: 'EE',
      type: 'withdrawal-approved',
      treaty: 'apmbc',
      date: '2025-06-25',
      source: 'https://www.riigikogu.ee/en/',
    });
    const response = await webhook(
      httpApiEvent({
        method: 'POST',
        path: '/events',
        body,
        base64: true,
        headers: { 'x-treatywatch-signature': signRequest(body, 'bundle-old') },
      }),
    );
    expect(response.statusCode).toBe(201);
  });

  it('answers GET /status through the api bundle', async () => {
    const api = await load<HttpHandler>('api');
    const response = await api(httpApiEvent({ method: 'GET', path: '/status' }));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '')).toEqual({ assessments: [] });
  });

  it('fails loudly at load when a required variable is missing', async () => {
    const saved = process.env.TABLE_NAME;
    delete process.env.TABLE_NAME;
    try {
      await expect(load('sweep')).rejects.toThrow(/TABLE_NAME/);
    } finally {
      process.env.TABLE_NAME = saved;
    }
  });
});
