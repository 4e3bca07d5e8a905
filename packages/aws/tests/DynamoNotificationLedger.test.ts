import { GetCommand } from '@aws-sdk/lib-dynamodb';
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

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'ledger');
  ledger = new DynamoNotificationLedger({ client: clients.document, tableName });
});

describe('DynamoNotificationLedger', () => {
  it('grants a claim once and refuses it while the lease runs', async () => {
    expect(await ledger.claim('c1', '2026-01-01T00:00:00Z', 300)).toBe(true);
    expect(await ledger.claim('c1', '2026-01-01T00:01:00Z', 300)).toBe(false);
  });

  it('grants an abandoned claim again once its lease has expired', async () => {
    expect(await ledger.claim('c2', '2026-01-01T00:00:00Z', 60)).toBe(true);
    expect(await ledger.claim('c2', '2026-01-01T00:02:00Z', 60)).toBe(true);
  });

  it('never grants a claim on a published change, and records it without expiry', async () => {
    await ledger.claim('c3', '2026-01-01T00:00:00Z', 60);
    await ledger.complete({
      changeId: 'c3',
      messageId: 'm3',
      publishedAt: '2026-01-01T00:00:01Z',
      change: change('c3'),
    });
    expect(await ledger.claim('c3', '2027-01-01T00:00:00Z', 60)).toBe(false);
    expect(await ledger.get('c3')).toEqual({
      changeId: 'c3',
      messageId: 'm3',
      publishedAt: '2026-01-01T00:00:01Z',
      change: change('c3'),
    });
    const { Item } = await clients.document.send(
      new GetCommand({ TableName: tableName, Key: { pk: 'NOTIFY#c3', sk: 'NOTIFY' } }),
    );
    expect(Item).not.toHaveProperty('expiresAt');
  });

  it('lets a released claim be claimed again at once', async () => {
    await ledger.claim('c4', '2026-01-01T00:00:00Z', 300);
    await ledger.release('c4');
    expect(await ledger.claim('c4', '2026-01-01T00:00:01Z', 300)).toBe(true);
    expect(await ledger.get('c4')).toBeNull();
  });

  it('does not release a published change', async () => {
    await ledger.release('c3');
    expect(await ledger.get('c3')).not.toBeNull();
  });

  it('lists published entries newest first', async () => {
    await ledger.claim('c5', '2026-02-01T00:00:00Z', 60);
    await ledger.complete({
      changeId: 'c5',
      messageId: 'm5',
      publishedAt: '2026-02-01T00:00:01Z',
      change: change('c5'),
    });
    expect((await ledger.list()).map((e) => e.changeId)).toEqual(['c5', 'c3']);
    expect((await ledger.list(1)).map((e) => e.changeId)).toEqual(['c5']);
  });
});
