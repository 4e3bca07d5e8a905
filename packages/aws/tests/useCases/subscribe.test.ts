import { ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  ForbiddenError,
  InvalidInputError,
  manageTokenHash,
  NotFoundError,
  type Ports,
  subscribe,
  unsubscribe,
} from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localPorts } from '../helpers/localPorts.js';
import { countItems } from '../helpers/testTable.js';

let ports: Ports;
let local: Awaited<ReturnType<typeof localPorts>>;

async function topicSubscriptions(): Promise<string[]> {
  const { Subscriptions = [] } = await local.clients.sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: local.topicArn }),
  );
  return Subscriptions.map((s) => s.SubscriptionArn ?? '');
}

beforeAll(async () => {
  local = await localPorts('subscribe');
  ports = local.ports;
});

describe('subscribe', () => {
  it('records the subscription with the endpoint masked and only the token’s hash', async () => {
    const result = await subscribe(ports, {
      protocol: 'email',
      endpoint: 'alice@example.org',
      states: ['ua'],
      treaties: ['ottawa'],
    });
    expect(result.status).toBe('pending-confirmation');
    expect(result.manageToken.length).toBeGreaterThanOrEqual(40);
    const { Item } = await local.clients.document.send(
      new GetCommand({ TableName: local.tableName, Key: { pk: `SUB#${result.id}`, sk: 'SUB' } }),
    );
    expect(Item).toMatchObject({
      endpointMasked: 'a***@example.org',
      filter: { states: ['UA'], treaties: ['apmbc'] },
      tokenHash: manageTokenHash(result.manageToken),
    });
    expect(JSON.stringify(Item)).not.toContain('alice@');
    expect(JSON.stringify(Item)).not.toContain(result.manageToken);
  });

  it('masks a phone number', async () => {
    const { id } = await subscribe(ports, { protocol: 'sms', endpoint: '+447911123412' });
    expect((await ports.subscriptions.get(id))?.endpointMasked).toBe('+4479******12');
  });

  it('refuses bad input naming every bad field, and writes nothing anywhere', async () => {
    const [items, subscriptions] = [
      await countItems(local.clients.dynamodb, local.tableName),
      await topicSubscriptions(),
    ];
    const attempt = subscribe(ports, {
      protocol: 'sms',
      endpoint: '0791112345',
      states: ['Ukraine'],
      statuses: ['gone'],
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    const error = (await attempt.catch((e: unknown) => e)) as InvalidInputError;
    expect(error.issues.map((i) => i.field)).toEqual(['endpoint', 'states[0]', 'statuses[0]']);
    expect(await countItems(local.clients.dynamodb, local.tableName)).toBe(items);
    expect(await topicSubscriptions()).toEqual(subscriptions);
  });
});

describe('unsubscribe', () => {
  it('ends the subscription with the right token', async () => {
    const { id, manageToken } = await subscribe(ports, {
      protocol: 'https',
      endpoint: 'https://hooks.example.org/tw',
    });
    const channelRef = (await ports.subscriptions.get(id))?.channelRef;
    expect(await topicSubscriptions()).toContain(channelRef);
    await unsubscribe(ports, { id, token: manageToken });
    expect(await ports.subscriptions.get(id)).toBeNull();
    expect(await topicSubscriptions()).not.toContain(channelRef);
  });

  it('refuses a wrong token with ForbiddenError and keeps the subscription', async () => {
    const { id } = await subscribe(ports, { protocol: 'email', endpoint: 'bob@example.org' });
    await expect(unsubscribe(ports, { id, token: 'not-the-token' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await ports.subscriptions.get(id)).not.toBeNull();
  });

  it('answers NotFoundError for an unknown id', async () => {
    await expect(unsubscribe(ports, { id: 'sub-unknown', token: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
