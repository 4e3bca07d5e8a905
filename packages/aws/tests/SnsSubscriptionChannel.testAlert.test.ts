import { Readable } from 'node:stream';
import { SNSClient } from '@aws-sdk/client-sns';
import { testAlertMessages } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { filterPolicyFor, SnsSubscriptionChannel } from '../src/sns/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTopic, subscribeQueue } from './helpers/subscriberQueue.js';

const clients = localClients();
let topicArn: string;
let otherShardArn: string;
let channel: SnsSubscriptionChannel;

/** A subscription's policy, as the channel gives it, for a filter on one state. */
const policyOf = (id: string, state: string) => filterPolicyFor({ states: [state] }, id);

beforeAll(async () => {
  topicArn = await createTestTopic(clients.sns);
  otherShardArn = await createTestTopic(clients.sns);
  channel = new SnsSubscriptionChannel({
    client: clients.sns,
    topicArns: [topicArn, otherShardArn],
  });
});

describe('SnsSubscriptionChannel.sendTestAlert', () => {
  it('publishes on the shard a message that only the addressed subscription matches', async () => {
    const mine = await subscribeQueue(clients, topicArn, policyOf('sub-a', 'UA'));
    const neighbour = await subscribeQueue(clients, topicArn, policyOf('sub-b', 'UA'));
    const otherShard = await subscribeQueue(clients, otherShardArn, policyOf('sub-a', 'UA'));
    await channel.sendTestAlert(
      { subscriptionId: 'sub-a', channelRef: `${topicArn}:ref-a`, shard: 0, protocol: 'email' },
      testAlertMessages('sub-a'),
    );
    const received = await mine.receive();
    expect(received).toHaveLength(1);
    expect(received[0]?.subject).toBe('Treaty Watch: test alert (nothing changed)');
    expect(received[0]?.attributes).toMatchObject({ kind: 'test', subscription: 'sub-a' });
    expect(JSON.parse(received[0]?.message ?? '')).toMatchObject({ kind: 'test' });
    expect(await neighbour.receive()).toEqual([]);
    expect(await otherShard.receive()).toEqual([]);
  });
});

/**
 * No SNS emulator implements Publish to a phone number, so for SMS the wire
 * requests are what is checked: the number comes from the subscription's own
 * attributes on SNS, and the text goes straight to it, never to a topic.
 */
describe('SnsSubscriptionChannel.sendTestAlert to SMS', () => {
  it('reads the number from the SNS subscription and publishes to it alone', async () => {
    const requests: URLSearchParams[] = [];
    const answer = (action: string): string =>
      action === 'GetSubscriptionAttributes'
        ? '<GetSubscriptionAttributesResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><GetSubscriptionAttributesResult><Attributes><entry><key>Protocol</key><value>sms</value></entry><entry><key>Endpoint</key><value>+447911123456</value></entry></Attributes></GetSubscriptionAttributesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetSubscriptionAttributesResponse>'
        : '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>';
    const client = new SNSClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: {
        handle: async (request: { body: string }) => {
          const body = new URLSearchParams(request.body);
          requests.push(body);
          return {
            response: {
              statusCode: 200,
              reason: 'OK',
              headers: { 'content-type': 'text/xml' },
              body: Readable.from([Buffer.from(answer(body.get('Action') ?? ''))]),
            },
          };
        },
      },
    });
    const arn = 'arn:aws:sns:eu-west-1:123456789012:alerts';
    const sms = new SnsSubscriptionChannel({ client, topicArns: [arn] });
    await sms.sendTestAlert(
      { subscriptionId: 'sub-s', channelRef: `${arn}:ref-s`, shard: 0, protocol: 'sms' },
      testAlertMessages('sub-s'),
    );
    expect(requests.map((r) => r.get('Action'))).toEqual(['GetSubscriptionAttributes', 'Publish']);
    expect(requests[0]?.get('SubscriptionArn')).toBe(`${arn}:ref-s`);
    const publish = Object.fromEntries(requests[1] ?? []);
    expect(publish.PhoneNumber).toBe('+447911123456');
    expect(publish.TopicArn).toBeUndefined();
    expect(publish.Message).toMatch(/TEST alert/);
    expect(publish['MessageAttributes.entry.1.Value.StringValue']).toBe('Transactional');
  });
});
