import { NotFoundError, type SubscriptionRecord } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubscriptionStore } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();
let store: DynamoSubscriptionStore;

const record: SubscriptionRecord = {
  id: 'sub-1',
  protocol: 'email',
  endpointMasked: 'a***@example.org',
  filter: { states: ['UA'], statuses: ['withdrawn'] },
  status: 'pending-confirmation',
  tokenHash: 'ab'.repeat(32),
  createdAt: '2026-01-01T00:00:00.000Z',
  channelRef: 'arn:aws:sns:us-east-1:000000000000:t:1',
};

beforeAll(async () => {
  const tableName = await createTestTable(clients.dynamodb, 'subs');
  store = new DynamoSubscriptionStore({ client: clients.document, tableName });
});

describe('DynamoSubscriptionStore', () => {
  it('reads back a stored record', async () => {
    await store.put(record);
    expect(await store.get('sub-1')).toEqual(record);
  });

  it('refuses to overwrite a record with the same id', async () => {
    await expect(store.put(record)).rejects.toThrow();
  });

  it('no longer resolves a removed record', async () => {
    await store.remove('sub-1', '2026-02-01T00:00:00.000Z');
    expect(await store.get('sub-1')).toBeNull();
  });

  it('throws NotFoundError when removing an unknown or removed record', async () => {
    await expect(store.remove('sub-1', '2026-02-02T00:00:00.000Z')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(store.remove('sub-x', '2026-02-02T00:00:00.000Z')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
