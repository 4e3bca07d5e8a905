import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LedgerEntry } from '@treatywatch/core';
import type { StatusChange } from '@treatywatch/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoNotificationLedger } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();
let tableName: string;
let ledger: DynamoNotificationLedger;

function change(id: string): StatusChange {
  return {
    id,
    state: 'LT',
    treaty: 'apmbc',
    previousStatus: 'withdrawal-pending',
    status: 'withdrawn',
    since: '2025-12-27',
    effectiveOn: '2025-12-27',
    explanation: ['Six months after notification.'],
    sources: ['https://example.org/cn'],
  };
}

function entry(id: string, publishedAt: string, messageIds = [`m-${id}`]): LedgerEntry {
  return { changeId: id, messageIds, publishedAt, change: change(id) };
}

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'ledger');
  ledger = new DynamoNotificationLedger({ client: clients.document, tableName });
});

describe('DynamoNotificationLedger', () => {
  it('grants a claim on a (change, shard) once and refuses it while the lease runs', async () => {
    expect(await ledger.claim('c1', 0, '2026-01-01T00:00:00Z', 300)).toBe(true);
    expect(await ledger.claim('c1', 0, '2026-01-01T00:01:00Z', 300)).toBe(false);
    // Another shard of the same change is its own claim.
    expect(await ledger.claim('c1', 1, '2026-01-01T00:01:00Z', 300)).toBe(true);
  });

  it('grants an abandoned claim again once its lease has expired', async () => {
    expect(await ledger.claim('c2', 0, '2026-01-01T00:00:00Z', 60)).toBe(true);
    expect(await ledger.claim('c2', 0, '2026-01-01T00:02:00Z', 60)).toBe(true);
  });

  it('never grants a claim on a published shard, which no longer expires', async () => {
    await ledger.claim('c3', 2, '2026-01-01T00:00:00Z', 60);
    await ledger.complete('c3', 2, 'm3', '2026-01-01T00:00:01Z');
    expect(await ledger.claim('c3', 2, '2027-01-01T00:00:00Z', 60)).toBe(false);
    expect(await ledger.publishedShards('c3')).toEqual(new Map([[2, 'm3']]));
    const { Item } = await clients.document.send(
      new GetCommand({ TableName: tableName, Key: { pk: 'NOTIFY#c3', sk: 'SHARD#0002' } }),
    );
    expect(Item).not.toHaveProperty('expiresAt');
  });

  it('lists only published shards, and lets a released claim be claimed again at once', async () => {
    await ledger.claim('c4', 0, '2026-01-01T00:00:00Z', 300);
    await ledger.claim('c4', 1, '2026-01-01T00:00:00Z', 300);
    await ledger.complete('c4', 1, 'm4-1', '2026-01-01T00:00:01Z');
    await ledger.release('c4', 0);
    await ledger.release('c4', 1);
    expect(await ledger.publishedShards('c4')).toEqual(new Map([[1, 'm4-1']]));
    expect(await ledger.claim('c4', 0, '2026-01-01T00:00:01Z', 300)).toBe(true);
  });

  it('records a change once, however many publishers finish it together', async () => {
    const results = await Promise.all([
      ledger.completeChange(entry('c5', '2026-02-01T00:00:01Z', ['a', 'b'])),
      ledger.completeChange(entry('c5', '2026-02-01T00:00:02Z', ['a', 'b'])),
      ledger.completeChange(entry('c5', '2026-02-01T00:00:03Z', ['a', 'b'])),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await ledger.list()).filter((e) => e.changeId === 'c5')).toHaveLength(1);
    expect((await ledger.get('c5'))?.messageIds).toEqual(['a', 'b']);
    expect(await ledger.completeChange(entry('c5', '2026-02-01T00:00:04Z'))).toBe(false);
  });

  it('lists recorded changes newest first, and reads entries written before alerts were sharded', async () => {
    await ledger.completeChange(entry('c6', '2026-03-01T00:00:01Z'));
    await clients.document.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: 'NOTIFICATIONS',
          sk: '2025-01-01T00:00:00Z#old',
          kind: 'notification',
          status: 'published',
          changeId: 'old',
          messageId: 'm-old',
          publishedAt: '2025-01-01T00:00:00Z',
          change: change('old'),
        },
      }),
    );
    const listed = await ledger.list();
    expect(listed.map((e) => e.changeId)).toEqual(['c6', 'c5', 'old']);
    expect(listed.at(-1)?.messageIds).toEqual(['m-old']);
    expect((await ledger.list(1)).map((e) => e.changeId)).toEqual(['c6']);
  });

  it('records a change over a change-level claim left by the unsharded ledger', async () => {
    await clients.document.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: 'NOTIFY#c7', sk: 'NOTIFY', kind: 'notification', status: 'claimed' },
      }),
    );
    expect(await ledger.get('c7')).toBeNull();
    expect(await ledger.completeChange(entry('c7', '2026-04-01T00:00:00Z'))).toBe(true);
    expect(await ledger.get('c7')).not.toBeNull();
  });

  it('lists the changes of a period, oldest first, from its start up to and not including its end', async () => {
    const period = new DynamoNotificationLedger({
      client: clients.document,
      tableName: await createTestTable(clients.dynamodb, 'ledger-period'),
    });
    for (const [id, at] of [
      ['before', '2026-11-29T23:59:59.999Z'],
      ['first', '2026-11-30T00:00:00.000Z'],
      ['second', '2026-11-30T12:00:00.000Z'],
      ['last', '2026-11-30T23:59:59.999Z'],
      ['after', '2026-12-01T00:00:00.000Z'],
    ] as const) {
      await period.completeChange(entry(id, at));
    }
    const listed = await period.listBetween('2026-11-30T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
    expect(listed.map((e) => e.changeId)).toEqual(['first', 'second', 'last']);
    expect(
      await period.listBetween('2026-12-02T00:00:00.000Z', '2026-12-03T00:00:00.000Z'),
    ).toEqual([]);
  });
});
