import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoRateLimiter, itemKeys } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();
let tableName: string;
let limiter: DynamoRateLimiter;

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'limits');
  limiter = new DynamoRateLimiter({ client: clients.document, tableName });
});

describe('DynamoRateLimiter', () => {
  it('allows exactly the limit among concurrent requests', async () => {
    const decisions = await Promise.all(
      Array.from({ length: 40 }, () => limiter.take('ip#a', 10, 3_600, '2026-03-01T12:30:00Z')),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds === 1_800)).toBe(
      true,
    );
  });

  it('counts each window apart', async () => {
    await limiter.take('ip#b', 1, 3_600, '2026-03-01T12:59:59Z');
    expect((await limiter.take('ip#b', 1, 3_600, '2026-03-01T12:59:59Z')).allowed).toBe(false);
    expect((await limiter.take('ip#b', 1, 3_600, '2026-03-01T13:00:00Z')).allowed).toBe(true);
  });

  it('gives each counter the table’s TTL attribute, after its window ends', async () => {
    await limiter.take('ip#c', 5, 3_600, '2026-03-01T12:00:00Z');
    const windowStart = Date.parse('2026-03-01T12:00:00Z') / 1_000;
    const { Item } = await clients.document.send(
      new GetCommand({ TableName: tableName, Key: itemKeys.rateCounter('ip#c', windowStart) }),
    );
    expect(Item).toMatchObject({ kind: 'rate-limit', count: 1 });
    expect(Item?.expiresAt).toBeGreaterThan(windowStart + 3_600);
  });
});
