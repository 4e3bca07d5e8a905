import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { testAlertMessages } from '@treatywatch/core';
import { fixedClock, InMemorySubscriptionChannel } from '@treatywatch/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  itemKeys,
  StreamedTestAlertChannel,
  testAlertRequestFromImage,
} from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTable } from './helpers/testTable.js';

const clients = localClients();
const NOW = '2026-03-01T12:30:00.000Z';
const HOUR_START = Date.parse('2026-03-01T12:00:00Z') / 1_000;
let tableName: string;

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'test-alerts');
});

async function setUp() {
  const inner = new InMemorySubscriptionChannel();
  const channel = new StreamedTestAlertChannel({
    client: clients.document,
    tableName,
    channel: inner,
    clock: fixedClock(NOW),
  });
  return { inner, channel };
}

describe('StreamedTestAlertChannel', () => {
  it('records an email test alert once per hour instead of sending it', async () => {
    const { inner, channel } = await setUp();
    const { channelRef } = await channel.subscribe(
      { protocol: 'email', endpoint: 'reader@example.org' },
      0,
      'sub-email',
    );
    const target = {
      subscriptionId: 'sub-email',
      channelRef,
      shard: 0,
      protocol: 'email',
    } as const;
    await channel.sendTestAlert(target, testAlertMessages('sub-email'));
    await channel.sendTestAlert(target, testAlertMessages('sub-email'));
    expect(inner.testAlerts).toEqual([]);

    const { Item } = await clients.document.send(
      new GetCommand({ TableName: tableName, Key: itemKeys.testAlert('sub-email', HOUR_START) }),
    );
    expect(Item).toMatchObject({
      kind: 'test-alert',
      subscriptionId: 'sub-email',
      channelRef,
      shard: 0,
      protocol: 'email',
      requestedAt: NOW,
      expiresAt: HOUR_START + 3_600 + 86_400,
    });
  });

  it('sends an SMS test alert straight through the channel, recording nothing', async () => {
    const { inner, channel } = await setUp();
    const { channelRef } = await channel.subscribe(
      { protocol: 'sms', endpoint: '+447911123456' },
      0,
      'sub-sms',
    );
    const target = { subscriptionId: 'sub-sms', channelRef, shard: 0, protocol: 'sms' } as const;
    await channel.sendTestAlert(target, testAlertMessages('sub-sms'));
    expect(inner.testAlerts.map((a) => a.subscriptionId)).toEqual(['sub-sms']);
    const { Item } = await clients.document.send(
      new GetCommand({ TableName: tableName, Key: itemKeys.testAlert('sub-sms', HOUR_START) }),
    );
    expect(Item).toBeUndefined();
  });
});

describe('testAlertRequestFromImage', () => {
  it('reads a request and refuses other or malformed items', () => {
    const image = {
      kind: { S: 'test-alert' },
      subscriptionId: { S: 'sub-1' },
      channelRef: { S: 'arn:x' },
      shard: { N: '2' },
      protocol: { S: 'https' },
      requestedAt: { S: NOW },
    };
    expect(testAlertRequestFromImage(image)).toEqual({
      subscriptionId: 'sub-1',
      channelRef: 'arn:x',
      shard: 2,
      protocol: 'https',
      requestedAt: NOW,
    });
    expect(testAlertRequestFromImage({ ...image, kind: { S: 'assessment' } })).toBeNull();
    expect(testAlertRequestFromImage({ ...image, shard: { N: '-1' } })).toBeNull();
    expect(testAlertRequestFromImage({ ...image, protocol: { S: 'fax' } })).toBeNull();
  });
});
