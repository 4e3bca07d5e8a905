import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflictError } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoAssessmentStore } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { sampleAssessment } from './helpers/sampleAssessment.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();
let tableName: string;
let store: DynamoAssessmentStore;
const at = '2025-07-01T00:00:00.000Z';

async function rawItem(state: string, treaty: string) {
  const { Item } = await clients.document.send(
    new GetCommand({
      TableName: tableName,
      Key: { pk: `STATE#${state}`, sk: `ASSESSMENT#${treaty}` },
    }),
  );
  return Item;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'assessments');
  store = new DynamoAssessmentStore({ client: clients.document, tableName, duePageSize: 2 });
});

describe('DynamoAssessmentStore', () => {
  it('writes a new assessment as version 1 and reads it back', async () => {
    const written = await store.put(sampleAssessment(), 0, at);
    expect(written.version).toBe(1);
    expect(await store.get('LT', 'apmbc')).toEqual({
      ...sampleAssessment(),
      version: 1,
      evaluatedAt: at,
    });
  });

  it('writes the next version when the version read is still current', async () => {
    const next = sampleAssessment({ status: 'withdrawn', nextReviewOn: null, since: '2025-12-27' });
    expect((await store.put(next, 1, at)).version).toBe(2);
    expect((await store.get('LT', 'apmbc'))?.status).toBe('withdrawn');
  });

  it('throws VersionConflictError when another writer moved the version on', async () => {
    await expect(store.put(sampleAssessment(), 1, at)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.put(sampleAssessment(), 0, at)).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.get('LT', 'apmbc'))?.version).toBe(2);
  });

  it('removes the due keys when there is no review date, so the item leaves the due index', async () => {
    const item = await rawItem('LT', 'apmbc');
    expect(item).toBeDefined();
    expect(item).not.toHaveProperty('duePk');
    expect(item).not.toHaveProperty('nextReviewOn');
  });

  it('keys a pending withdrawal in the due index from the start of its reminder window', async () => {
    await store.put(sampleAssessment({ state: 'LV' }), 0, at);
    expect(await rawItem('LV', 'apmbc')).toMatchObject({
      duePk: 'DUE',
      nextReviewOn: '2024-12-27',
      reviewOn: '2025-12-27',
    });
    expect((await store.get('LV', 'apmbc'))?.nextReviewOn).toBe('2025-12-27');
  });

  it('keys any other assessment with a review date by that date', async () => {
    await store.put(
      sampleAssessment({
        state: 'LU',
        treaty: 'ccw',
        status: 'withdrawal-approved',
        effectiveOn: null,
      }),
      0,
      at,
    );
    expect(await rawItem('LU', 'ccw')).toMatchObject({ duePk: 'DUE', nextReviewOn: '2025-12-27' });
  });

  it('reads the review date of an item written before reminders, kept in the index key', async () => {
    await clients.document.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...(await rawItem('LV', 'apmbc')),
          pk: 'STATE#AT',
          state: 'AT',
          nextReviewOn: '2025-12-21',
          reviewOn: undefined,
        },
        removeUndefinedValues: true,
      } as never),
    );
    expect((await store.get('AT', 'apmbc'))?.nextReviewOn).toBe('2025-12-21');
  });

  it('lists assessments due on or before a date across pages of the due index', async () => {
    for (const [state, day] of [
      ['EE', '2025-12-20'],
      ['FI', '2026-01-10'],
      ['PL', '2026-02-20'],
    ] as const) {
      await store.put(
        sampleAssessment({
          state,
          status: 'withdrawal-suspended',
          effectiveOn: null,
          nextReviewOn: day,
        }),
        0,
        at,
      );
    }
    const due = await collect(store.listDue('2026-01-10'));
    expect(due.map((a) => `${a.state}/${a.treaty}`)).toEqual([
      'LV/apmbc',
      'EE/apmbc',
      'AT/apmbc',
      'LU/ccw',
      'FI/apmbc',
    ]);
    expect(await collect(store.listDue('2024-01-01'))).toEqual([]);
  });

  it('lists one state’s assessments', async () => {
    await store.put(sampleAssessment({ state: 'LV', treaty: 'ccm' }), 0, at);
    expect((await store.listByState('LV')).map((a) => a.treaty)).toEqual(['apmbc', 'ccm']);
  });

  it('answers null for an assessment never written', async () => {
    expect(await store.get('NO', 'apmbc')).toBeNull();
  });
});
