import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STREAM_FILTERS } from '@treatywatch/aws/table';
import { signRequest } from '@treatywatch/core';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  DynamoDBBatchResponse,
  DynamoDBStreamEvent,
  ScheduledEvent,
} from 'aws-lambda';
import { beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable, createTestTopic } from '../helpers/localAws.js';

type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
type StreamHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;
type SweepHandler = (event: ScheduledEvent) => Promise<{ asOf: string; due: number }>;

const HANDLERS = ['webhook', 'on-event', 'on-assessment-change', 'sweep', 'api'] as const;

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
    for (const name of HANDLERS) {
      if (!existsSync(dist(name)))
        throw new Error(`dist/${name}/index.mjs is missing: run npm run build`);
    }
    const table = await createTestTable();
    const topic = await createTestTopic({});
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      ALERT_TOPIC_ARNS: JSON.stringify(topic.topicArns),
      TREATYWATCH_WEBHOOK_SECRET: JSON.stringify({ current: 'bundle-new', previous: 'bundle-old' }),
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamodbEndpoint'),
      AWS_ENDPOINT_URL_SNS: inject('snsEndpoint'),
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      POWERTOOLS_LOG_LEVEL: 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
  });

  it.each([
    [
      'webhook',
      ['@aws-sdk/client-dynamodb', '@aws-sdk/client-secrets-manager', '@aws-sdk/client-sns'],
    ],
    ['on-event', ['@aws-sdk/client-dynamodb']],
    ['on-assessment-change', ['@aws-sdk/client-dynamodb', '@aws-sdk/client-sns']],
    ['sweep', ['@aws-sdk/client-dynamodb', '@aws-sdk/client-sns']],
    ['api', ['@aws-sdk/client-dynamodb', '@aws-sdk/client-secrets-manager', '@aws-sdk/client-sns']],
  ])(
    '%s carries the AWS SDK clients it uses, and only those, importing none at run time',
    (name, clients) => {
      const dir = dirname(dist(name));
      const code = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('.mjs'),
      );
      expect(code).toContain('index.mjs');
      for (const file of code) {
        expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(
          // Minified imports carry no space; the SDK's error messages that name packages do.
          /(?:from|import\(?)"@aws-sdk\//,
        );
      }
      const { sources } = JSON.parse(readFileSync(`${dist(name)}.map`, 'utf8')) as {
        sources: string[];
      };
      const bundled = new Set(
        sources.flatMap(
          (source) => /node_modules\/(@aws-sdk\/client-[^/]+)\//.exec(source)?.[1] ?? [],
        ),
      );
      expect([...bundled].sort()).toEqual(clients);
    },
  );

  it('carries a recorded event through the on-event and on-assessment-change bundles to one alert', async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({});
    const saved = {
      TABLE_NAME: process.env.TABLE_NAME,
      ALERT_TOPIC_ARNS: process.env.ALERT_TOPIC_ARNS,
      SITE_URL: process.env.SITE_URL,
    };
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      ALERT_TOPIC_ARNS: JSON.stringify(topic.topicArns),
      SITE_URL: 'https://watch.example.org/',
    });
    onTestFinished(() => {
      Object.assign(process.env, saved);
    });
    const body = JSON.stringify({
      state: 'LV',
      type: 'withdrawal-announced',
      treaty: 'apmbc',
      date: '2025-03-18',
      source: 'https://www.mod.gov.lv/en',
    });
    const webhook = await load<HttpHandler>('webhook');
    const recorded = await webhook(
      httpApiEvent({
        method: 'POST',
        path: '/events',
        body,
        headers: { 'x-treatywatch-signature': signRequest(body, 'bundle-new') },
      }),
    );
    expect(recorded.statusCode).toBe(201);

    const onEvent = await load<StreamHandler>('on-event');
    const onChange = await load<StreamHandler>('on-assessment-change');
    expect(await onEvent(await table.stream.nextEvent(STREAM_FILTERS.events))).toEqual({
      batchItemFailures: [],
    });
    const changes = await table.stream.nextEvent(STREAM_FILTERS.assessmentChanges);
    expect(changes.Records).toHaveLength(1);
    expect(await onChange(changes)).toEqual({ batchItemFailures: [] });

    const messages = await topic.receive();
    expect(messages).toHaveLength(1);
    const envelope = JSON.parse(messages[0]?.Body ?? '{}');
    expect(envelope.MessageAttributes).toMatchObject({
      state: { Value: 'LV' },
      status: { Value: 'withdrawal-announced' },
    });
    // The SMS text ends with the short link to the state's page, from SITE_URL.
    expect(JSON.parse(envelope.Message).sms).toBe(
      'Latvia, Ottawa Convention: withdrawal announced. https://watch.example.org/s/LV',
    );
  });

  it('sweeps the table through the sweep bundle', async () => {
    const sweep = await load<SweepHandler>('sweep');
    const summary = await sweep({
      version: '0',
      id: 'bundle-sweep',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '123456789012',
      time: new Date().toISOString(),
      region: 'us-east-1',
      resources: [],
      detail: {},
    });
    expect(summary).toMatchObject({ asOf: new Date().toISOString().slice(0, 10), due: 0 });
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
