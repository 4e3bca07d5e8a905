import {
  ConfirmSubscriptionCommand,
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
} from '@aws-sdk/client-sns';
import { InvalidInputError } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SnsSubscriptionChannel } from '../src/sns/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTopic } from './helpers/subscriberQueue.js';

const clients = localClients();
let topicArn: string;
let channel: SnsSubscriptionChannel;

async function subscriptionArns(): Promise<string[]> {
  const { Subscriptions = [] } = await clients.sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }),
  );
  return Subscriptions.map((s) => s.SubscriptionArn ?? '');
}

beforeAll(async () => {
  topicArn = await createTestTopic(clients.sns);
  channel = new SnsSubscriptionChannel({ client: clients.sns, topicArn });
});

describe('SnsSubscriptionChannel', () => {
  it('subscribes an email endpoint with its filter policy on message attributes', async () => {
    const { channelRef, status } = await channel.subscribe({
      protocol: 'email',
      endpoint: 'alerts@example.org',
      states: ['UA'],
      statuses: ['withdrawn'],
    });
    expect(status).toBe('pending-confirmation');
    const { Attributes } = await clients.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: channelRef }),
    );
    expect(JSON.parse(Attributes?.FilterPolicy ?? '{}')).toEqual({
      state: ['UA'],
      status: ['withdrawn'],
    });
    expect(Attributes?.FilterPolicyScope).toBe('MessageAttributes');
  });

  it('reports an SMS subscription as active', async () => {
    const { status } = await channel.subscribe({ protocol: 'sms', endpoint: '+447911123456' });
    expect(status).toBe('active');
  });

  it.each([
    [{ protocol: 'email', endpoint: 'not-an-address' }, /endpoint: must be an email address/],
    [
      { protocol: 'sms', endpoint: '07911 123456' },
      /endpoint: must be a phone number in E\.164 form/,
    ],
    [
      { protocol: 'https', endpoint: 'http://hooks.example.org/x' },
      /endpoint: must be an https URL/,
    ],
  ] as const)('refuses %j', async (request, message) => {
    const before = await subscriptionArns();
    await expect(channel.subscribe(request)).rejects.toThrow(message);
    expect(await subscriptionArns()).toEqual(before);
  });

  it('refuses a filter over SNS’s 150 combinations without subscribing', async () => {
    const before = await subscriptionArns();
    const states = [
      'UA',
      'PL',
      'LT',
      'LV',
      'EE',
      'FI',
      'US',
      'FR',
      'DE',
      'IT',
      'ES',
      'PT',
      'NL',
      'BE',
      'AT',
      'CH',
      'SE',
      'NO',
      'DK',
      'IE',
      'GB',
      'CZ',
      'SK',
    ];
    const attempt = channel.subscribe({
      protocol: 'email',
      endpoint: 'alerts@example.org',
      states,
      statuses: [
        'withdrawn',
        'withdrawal-pending',
        'withdrawal-suspended',
        'party',
        'suspension-declared',
        'withdrawal-announced',
        'withdrawal-approved',
      ],
    });
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toThrow(/states: the filter makes 161 combinations/);
    expect(await subscriptionArns()).toEqual(before);
  });

  it('unsubscribes, and unsubscribing again is harmless', async () => {
    const { channelRef } = await channel.subscribe({
      protocol: 'https',
      endpoint: 'https://hooks.example.org/tw',
    });
    expect(await subscriptionArns()).toContain(channelRef);
    await channel.unsubscribe(channelRef);
    expect(await subscriptionArns()).not.toContain(channelRef);
    await expect(channel.unsubscribe(channelRef)).resolves.toBeUndefined();
  });

  it('replaces a subscription’s filter policy, and removes it for a filter that selects all', async () => {
    const { channelRef } = await channel.subscribe({
      protocol: 'email',
      endpoint: 'filters@example.org',
      states: ['UA'],
    });
    const policy = async () =>
      (
        await clients.sns.send(
          new GetSubscriptionAttributesCommand({ SubscriptionArn: channelRef }),
        )
      ).Attributes;
    await channel.setFilter(channelRef, { states: ['PL'], treaties: ['apmbc'] });
    expect(JSON.parse((await policy())?.FilterPolicy ?? '')).toEqual({
      state: ['PL'],
      treaty: ['apmbc'],
    });
    expect((await policy())?.FilterPolicyScope).toBe('MessageAttributes');
    await channel.setFilter(channelRef, {});
    expect(JSON.parse((await policy())?.FilterPolicy ?? '')).toEqual({});
  });

  it('reports an endpoint that is subscribed and confirmed already as someone else’s', async () => {
    const owner = await channel.subscribe({ protocol: 'email', endpoint: 'owner@example.org' });
    await clients.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: owner.channelRef }),
    );
    expect(await channel.subscribe({ protocol: 'email', endpoint: 'owner@example.org' })).toEqual({
      channelRef: owner.channelRef,
      status: 'already-subscribed',
    });
    expect(
      (
        await channel.subscribe({
          protocol: 'email',
          endpoint: 'owner@example.org',
          states: ['UA'],
        })
      ).status,
    ).toBe('already-subscribed');
  });
});
