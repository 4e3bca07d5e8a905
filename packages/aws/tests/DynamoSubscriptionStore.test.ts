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

describe('DynamoSubscriptionStore endpoint claims', () => {
  const now = '2026-03-01T12:00:00.000Z';
  const later = '2026-03-01T12:10:00.000Z';
  const afterwards = '2026-03-01T12:10:01.000Z';

  it('lets one subscription claim an endpoint at a time, whoever comes second', async () => {
    const outcomes = await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) => store.claimEndpoint('key-race', `sub-${id}`, now, later)),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('frees a pending claim once it lapses', async () => {
    await store.claimEndpoint('key-lapse', 'sub-a', now, later);
    expect(await store.claimEndpoint('key-lapse', 'sub-b', now, later)).toBe(false);
    expect(await store.claimEndpoint('key-lapse', 'sub-b', afterwards, afterwards)).toBe(true);
  });

  it('keeps a held claim for good, until its holder releases it', async () => {
    await store.claimEndpoint('key-held', 'sub-a', now, later);
    await store.holdEndpoint('key-held', 'sub-a');
    expect(await store.claimEndpoint('key-held', 'sub-b', '2027-01-01T00:00:00.000Z')).toBe(false);
    await store.releaseEndpoint('key-held', 'sub-a', '2027-01-01T00:00:00.000Z');
    expect(await store.claimEndpoint('key-held', 'sub-b', '2027-01-01T00:00:01.000Z')).toBe(true);
  });

  it('ignores a release by a subscription that does not hold the claim', async () => {
    await store.claimEndpoint('key-other', 'sub-a', now);
    await store.releaseEndpoint('key-other', 'sub-intruder', now);
    expect(await store.claimEndpoint('key-other', 'sub-b', afterwards)).toBe(false);
  });
});

describe('DynamoSubscriptionStore verification', () => {
  const pending = (id: string): SubscriptionRecord => ({
    id,
    protocol: 'sms',
    endpointKey: `key-${id}`,
    endpointMasked: '+4479******56',
    filter: { states: ['UA'] },
    status: 'pending-verification',
    createdAt: '2026-03-01T12:00:00.000Z',
    endpoint: '+447911123456',
    verification: { codeHash: 'c0de', expiresAt: '2026-03-01T12:10:00.000Z', attempts: 0 },
    expiresAt: '2026-03-02T12:00:00.000Z',
  });

  it('reads back a pending record with its expiry', async () => {
    await store.put(pending('sub-p1'));
    expect(await store.get('sub-p1')).toEqual(pending('sub-p1'));
  });

  it('counts wrong codes and voids the record at the last one', async () => {
    await store.put(pending('sub-p2'));
    const counts = [];
    for (let i = 0; i < 6; i += 1) counts.push(await store.recordWrongCode('sub-p2', 5));
    expect(counts).toEqual([1, 2, 3, 4, 5, 5]);
    expect((await store.get('sub-p2'))?.status).toBe('void');
  });

  it('activates once with the right code hash, dropping the endpoint and the code', async () => {
    await store.put(pending('sub-p3'));
    const activation = {
      channelRef: 'arn:sms:1',
      tokenHash: 'ab'.repeat(32),
      shard: 3,
      filterSlot: true,
    };
    expect(await store.activate('sub-p3', 'wrong', activation)).toBe(false);
    const outcomes = await Promise.all([
      store.activate('sub-p3', 'c0de', activation),
      store.activate('sub-p3', 'c0de', activation),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const active = await store.get('sub-p3');
    expect(active).toMatchObject({ status: 'active', ...activation });
    expect(active).not.toHaveProperty('endpoint');
    expect(active).not.toHaveProperty('verification');
    expect(active).not.toHaveProperty('expiresAt');
  });

  it('does not activate a voided record', async () => {
    await store.put(pending('sub-p4'));
    for (let i = 0; i < 5; i += 1) await store.recordWrongCode('sub-p4', 5);
    expect(
      await store.activate('sub-p4', 'c0de', {
        channelRef: 'x',
        tokenHash: 'y',
        shard: 0,
        filterSlot: false,
      }),
    ).toBe(false);
  });

  it('replaces the filter of a live record', async () => {
    await store.put(pending('sub-p5'));
    await store.setFilter('sub-p5', { statuses: ['withdrawn'] }, true);
    expect(await store.get('sub-p5')).toMatchObject({
      filter: { statuses: ['withdrawn'] },
      filterSlot: true,
    });
    await expect(store.setFilter('sub-none', {}, false)).rejects.toBeInstanceOf(NotFoundError);
  });
});
