import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { createTable, STREAM_FILTERS } from '@treatywatch/aws/table';
import {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  type LocalService,
  startDynamoDBLocal,
} from '@treatywatch/emulators';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevLog } from '../src/DevLog.js';
import { CheckpointStore } from '../src/streams/CheckpointStore.js';
import type { FilterPattern } from '../src/streams/matchesFilterPattern.js';
import { type StreamHandler, StreamPoller } from '../src/streams/StreamPoller.js';

const START_TIMEOUT_MS = 180_000;
const EVENTS_FILTER = STREAM_FILTERS.events as unknown as FilterPattern;

describe('StreamPoller', () => {
  let dynamodbLocal: LocalService;
  let dynamodb: DynamoDBClient;
  let streams: DynamoDBStreamsClient;
  let directory: string;
  let tables = 0;

  beforeAll(async () => {
    dynamodbLocal = await startDynamoDBLocal();
    const config = {
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      endpoint: dynamodbLocal.endpoint,
    };
    dynamodb = new DynamoDBClient(config);
    streams = new DynamoDBStreamsClient(config);
    directory = await mkdtemp(join(tmpdir(), 'treatywatch-poller-'));
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    dynamodb?.destroy();
    streams?.destroy();
    await dynamodbLocal?.stop();
    await rm(directory, { recursive: true, force: true });
  }, 30_000);

  // A fresh table (and stream) with `count` event items, plus one item of another kind between each.
  async function tableWithEvents(count: number): Promise<string> {
    tables += 1;
    const tableName = `poller-${tables}`;
    await createTable(dynamodb, tableName);
    await putEvents(tableName, 0, count);
    return tableName;
  }

  async function putEvents(tableName: string, from: number, count: number): Promise<void> {
    for (let i = from; i < from + count; i++) {
      const put = (pk: string, kind: string) =>
        dynamodb.send(
          new PutItemCommand({
            TableName: tableName,
            Item: { pk: { S: pk }, sk: { S: 'x' }, kind: { S: kind } },
          }),
        );
      await put(`EVENT#${i}`, 'event');
      await put(`NOTIFY#${i}`, 'notification');
    }
  }

  /** A handler that records what it was given and fails the records `fail` picks. */
  function recordingHandler(fail: (pk: string, call: number) => boolean = () => false) {
    const calls: string[][] = [];
    const handler: StreamHandler = async (
      event: DynamoDBStreamEvent,
    ): Promise<DynamoDBBatchResponse> => {
      const pks = event.Records.map((r) => r.dynamodb?.NewImage?.pk?.S ?? '');
      calls.push(pks);
      const failures = event.Records.filter((r) =>
        fail(r.dynamodb?.NewImage?.pk?.S ?? '', calls.length),
      ).map((r) => ({
        itemIdentifier: r.dynamodb?.SequenceNumber ?? '',
      }));
      return { batchItemFailures: failures };
    };
    return { calls, handler };
  }

  function poller(
    tableName: string,
    handler: StreamHandler,
    options: { checkpoints?: string; maxRetries?: number; log?: DevLog } = {},
  ) {
    return new StreamPoller({
      client: streams,
      tableName,
      region: LOCAL_REGION,
      name: 'test',
      handler,
      filters: [EVENTS_FILTER],
      checkpoints: new CheckpointStore(options.checkpoints),
      log: options.log ?? { info: () => undefined, warn: () => undefined, error: () => undefined },
      maxRetries: options.maxRetries ?? 3,
    });
  }

  async function pollTimes(target: StreamPoller, times: number): Promise<void> {
    for (let i = 0; i < times; i++) await target.pollOnce();
  }

  it('hands the handler only the records that match the filter, in stream order', async () => {
    const tableName = await tableWithEvents(4);
    const { calls, handler } = recordingHandler();
    await pollTimes(poller(tableName, handler), 3);
    expect(calls.flat()).toEqual(['EVENT#0', 'EVENT#1', 'EVENT#2', 'EVENT#3']);
  }, 60_000);

  it('resumes at the first failed record of a partial batch failure', async () => {
    const tableName = await tableWithEvents(4);
    const { calls, handler } = recordingHandler((pk, call) => call === 1 && pk === 'EVENT#2');
    await pollTimes(poller(tableName, handler), 4);
    expect(calls).toEqual([
      ['EVENT#0', 'EVENT#1', 'EVENT#2', 'EVENT#3'],
      ['EVENT#2', 'EVENT#3'],
    ]);
  }, 60_000);

  it('skips a failing batch after its retries and logs it', async () => {
    const tableName = await tableWithEvents(3);
    const errors: string[] = [];
    const log: DevLog = {
      info: () => undefined,
      warn: () => undefined,
      error: (m) => errors.push(m),
    };
    const { calls, handler } = recordingHandler((pk) => pk === 'EVENT#1');
    await pollTimes(poller(tableName, handler, { maxRetries: 2, log }), 6);
    expect(calls).toEqual([
      ['EVENT#0', 'EVENT#1', 'EVENT#2'],
      ['EVENT#1', 'EVENT#2'],
      ['EVENT#1', 'EVENT#2'],
    ]);
    expect(errors.join('\n')).toMatch(/giving up after 2 retries/);
  }, 60_000);

  it('resumes after the last checkpointed record when restarted on the same checkpoints', async () => {
    const tableName = await tableWithEvents(3);
    const checkpoints = join(directory, `${tableName}.json`);
    const first = recordingHandler();
    await pollTimes(poller(tableName, first.handler, { checkpoints }), 3);
    expect(first.calls.flat()).toEqual(['EVENT#0', 'EVENT#1', 'EVENT#2']);

    await putEvents(tableName, 3, 2);
    const second = recordingHandler();
    await pollTimes(poller(tableName, second.handler, { checkpoints }), 3);
    expect(second.calls.flat()).toEqual(['EVENT#3', 'EVENT#4']);
  }, 60_000);
});
