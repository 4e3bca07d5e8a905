import {
  ConfirmSubscriptionCommand,
  FilterPolicyLimitExceededException,
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SNSClient,
} from '@aws-sdk/client-sns';
import { InvalidInputError, ShardFullError } from '@treatywatch/core';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@treatywatch/emulators';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SnsSubscriptionChannel } from '../src/sns/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTopic } from './helpers/subscriberQueue.js';

const clients = localClients();
let topicArn: string;
let secondTopicArn: string;
let channel: SnsSubscriptionChannel;

async function subscriptionArns(): Promise<string[]> {
  const { Subscriptions = [] } = await clients.sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }),
  );
  return Subscriptions.map((s) => s.SubscriptionArn ?? '');
}

beforeAll(async () => {
  topicArn = await createTestTopic(clients.sns);
  secondTopicArn = await createTestTopic(clients.sns);
  channel = new SnsSubscriptionChannel({
    client: clients.sns,
    topicArns: [topicArn, secondTopicArn],
  });
});

describe('SnsSubscriptionChannel', () => {
  it('subscribes an email endpoint with its filter policy on message attributes', async () => {
    const { channelRef, status } = await channel.subscribe(
      {
        protocol: 'email',
        endpoint: 'alerts@example.org',
        states: ['UA'],
        statuses: ['withdrawn'],
      },
      0,
      'sub-test',
    );
    expect(status).toBe('pending-confirmation');
    const { Attributes } = await clients.sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: channelRef }),
    );
    expect(JSON.parse(Attributes?.FilterPolicy ?? '{}')).toEqual({
      $or: [
        { kind: ['change'], state: ['UA'], status: ['withdrawn'] },
        { kind: ['test'], subscription: ['sub-test'] },
      ],
    });
    expect(Attributes?.FilterPolicyScope).toBe('MessageAttributes');
  });

  it('reports an SMS subscription as active', async () => {
    const { status } = await channel.subscribe(
      { protocol: 'sms', endpoint: '+447911123456' },
      0,
      'sub-test',
    );
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
    await expect(channel.subscribe(request, 0, 'sub-test')).rejects.toThrow(message);
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
    const attempt = channel.subscribe(
      {
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
      },
      0,
      'sub-test',
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    await expect(attempt).rejects.toThrow(/states: the filter makes 162 combinations/);
    expect(await subscriptionArns()).toEqual(before);
  });

  it('unsubscribes, and unsubscribing again is harmless', async () => {
    const { channelRef } = await channel.subscribe(
      {
        protocol: 'https',
        endpoint: 'https://hooks.example.org/tw',
      },
      0,
      'sub-test',
    );
    expect(await subscriptionArns()).toContain(channelRef);
    await channel.unsubscribe(channelRef);
    expect(await subscriptionArns()).not.toContain(channelRef);
    await expect(channel.unsubscribe(channelRef)).resolves.toBeUndefined();
  });

  it('replaces a subscription’s filter policy with the one of its new preferences', async () => {
    const { channelRef } = await channel.subscribe(
      {
        protocol: 'email',
        endpoint: 'filters@example.org',
        states: ['UA'],
      },
      0,
      'sub-test',
    );
    const policy = async () =>
      (
        await clients.sns.send(
          new GetSubscriptionAttributesCommand({ SubscriptionArn: channelRef }),
        )
      ).Attributes;
    await channel.setFilter(
      channelRef,
      { states: ['PL'], treaties: ['apmbc'], reminders: [30, 7], cadence: 'daily' },
      'sub-test',
    );
    expect(JSON.parse((await policy())?.FilterPolicy ?? '')).toEqual({
      $or: [
        { kind: ['digest'], cadence: ['daily'], state: ['PL'], treaty: ['apmbc'] },
        { kind: ['reminder'], leadDays: ['30', '7'], state: ['PL'], treaty: ['apmbc'] },
        { kind: ['test'], subscription: ['sub-test'] },
      ],
    });
    expect((await policy())?.FilterPolicyScope).toBe('MessageAttributes');
    await channel.setFilter(channelRef, {}, 'sub-test');
    expect(JSON.parse((await policy())?.FilterPolicy ?? '')).toEqual({
      $or: [{ kind: ['change'] }, { kind: ['test'], subscription: ['sub-test'] }],
    });
  });

  it('reports an endpoint that is subscribed and confirmed already as someone else’s', async () => {
    const owner = await channel.subscribe(
      { protocol: 'email', endpoint: 'owner@example.org' },
      0,
      'sub-test',
    );
    await clients.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: topicArn, Token: owner.channelRef }),
    );
    expect(
      await channel.subscribe({ protocol: 'email', endpoint: 'owner@example.org' }, 0, 'sub-test'),
    ).toEqual({
      channelRef: owner.channelRef,
      status: 'already-subscribed',
    });
    expect(
      (
        await channel.subscribe(
          {
            protocol: 'email',
            endpoint: 'owner@example.org',
            states: ['UA'],
          },
          0,
          'sub-test',
        )
      ).status,
    ).toBe('already-subscribed');
  });

  it('subscribes on the shard it is given, and counts each shard’s subscriptions', async () => {
    const before = await channel.shardSubscriptions(1);
    const otherShard = await channel.shardSubscriptions(0);
    const { channelRef } = await channel.subscribe(
      { protocol: 'sms', endpoint: '+447911000111', states: ['PL'] },
      1,
      'sub-test',
    );
    expect(channelRef.startsWith(`${secondTopicArn}:`)).toBe(true);
    const after = await channel.shardSubscriptions(1);
    // SNS confirms an SMS subscription at once; the emulator counts it pending.
    expect(after.confirmed + after.pending).toBe(before.confirmed + before.pending + 1);
    // Shard 0's topic is untouched.
    expect(await channel.shardSubscriptions(0)).toEqual(otherShard);
    await expect(
      channel.subscribe({ protocol: 'sms', endpoint: '+447911000111' }, 2, 'sub-test'),
    ).rejects.toThrow(RangeError);
  });

  it('turns SNS’s FilterPolicyLimitExceeded into ShardFullError naming the shard', async () => {
    // The emulator has no quota: the one fault injected, at the SNS client.
    const client = new SNSClient({
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      endpoint: inject('snsEndpoint'),
    });
    let refuse = false;
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName;
        const limited =
          command === 'SubscribeCommand' || command === 'SetSubscriptionAttributesCommand';
        if (refuse && limited) {
          throw new FilterPolicyLimitExceededException({
            message: 'Filter policy limit exceeded',
            $metadata: { httpStatusCode: 403 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'filterPolicyQuota' },
    );
    const quotaChannel = new SnsSubscriptionChannel({
      client,
      topicArns: [topicArn, secondTopicArn],
    });
    const { channelRef } = await quotaChannel.subscribe(
      { protocol: 'email', endpoint: 'quota@example.org' },
      1,
      'sub-test',
    );
    refuse = true;
    const error = await quotaChannel
      .subscribe({ protocol: 'email', endpoint: 'quota2@example.org', states: ['UA'] }, 1, 'sub-2')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShardFullError);
    expect((error as ShardFullError).context.shard).toBe(1);
    const onUpdate = await quotaChannel
      .setFilter(channelRef, { states: ['UA'] }, 'sub-test')
      .catch((e: unknown) => e);
    expect(onUpdate).toBeInstanceOf(ShardFullError);
    expect((onUpdate as ShardFullError).context.shard).toBe(1);
    client.destroy();
  });
});
