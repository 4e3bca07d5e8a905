import { ConfirmSubscriptionCommand, ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  GoneError,
  InvalidInputError,
  RateLimitedError,
  requestSubscription,
  type SubscriptionDeps,
  unsubscribe,
  updateSubscription,
  VERIFICATION,
  verifySubscription,
} from '@treatywatch/core';
import { RecordingSmsSender } from '@treatywatch/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoRateLimiter } from '../../src/dynamodb/index.js';
import { localPorts } from '../helpers/localPorts.js';
import { countItems } from '../helpers/testTable.js';

/** The SMS that would go out (no emulator implements Publish to a phone number): `RecordingSmsSender`. */
let local: Awaited<ReturnType<typeof localPorts>>;
let deps: SubscriptionDeps & { sms: RecordingSmsSender };
const link = {
  manageLink: (id: string, token: string) => `https://tw.example/u?id=${id}&token=${token}`,
};
let ipCounter = 0;
const freshIp = () => {
  ipCounter += 1;
  return { sourceIp: `192.0.2.${ipCounter}` };
};

async function topicSubscriptions(): Promise<
  { arn: string; protocol: string; endpoint: string }[]
> {
  const { Subscriptions = [] } = await local.clients.sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: local.topicArn }),
  );
  return Subscriptions.map((s) => ({
    arn: s.SubscriptionArn ?? '',
    protocol: s.Protocol ?? '',
    endpoint: s.Endpoint ?? '',
  }));
}

const subscribedTo = async (endpoint: string) =>
  (await topicSubscriptions()).filter((s) => s.endpoint === endpoint);

beforeAll(async () => {
  local = await localPorts('request-subscription');
  deps = {
    subscriptions: local.ports.subscriptions,
    channel: local.ports.channel,
    capacity: local.ports.capacity,
    sms: new RecordingSmsSender(),
    limiter: new DynamoRateLimiter({ client: local.clients.document, tableName: local.tableName }),
    limits: DEFAULT_SUBSCRIPTION_LIMITS,
    key: 'integration-test-key',
    clock: local.ports.clock,
  };
});

describe('requestSubscription and verifySubscription on DynamoDB Local and the SNS emulator', () => {
  it('subscribes no number to the topic before its code is verified, and once after', async () => {
    const phone = '+447911000001';
    const { id } = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone, states: ['NZ'] },
      freshIp(),
    );
    expect(await subscribedTo(phone)).toEqual([]);
    const result = await verifySubscription(deps, { id, code: deps.sms.lastCode(phone) }, link);
    expect(result.status).toBe('active');
    expect(await subscribedTo(phone)).toEqual([expect.objectContaining({ protocol: 'sms' })]);
  });

  it('voids the subscription at the fifth wrong code and refuses the right one after', async () => {
    const phone = '+447911000002';
    const { id } = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, freshIp());
    const code = deps.sms.lastCode(phone);
    const wrong = code === '999999' ? '000000' : '999999';
    const names = [];
    for (let i = 0; i < VERIFICATION.maxAttempts; i += 1) {
      names.push(
        await verifySubscription(deps, { id, code: wrong }, link).catch((e: Error) => e.name),
      );
    }
    expect(names).toEqual([...Array(4).fill('InvalidInputError'), 'GoneError']);
    await expect(verifySubscription(deps, { id, code }, link)).rejects.toBeInstanceOf(GoneError);
    expect(await subscribedTo(phone)).toEqual([]);
  });

  it('refuses an expired code and a code used once already', async () => {
    const phone = '+447911000003';
    const first = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, freshIp());
    const expiredCode = deps.sms.lastCode(phone);
    local.ports.clock.advance({ milliseconds: VERIFICATION.codeTtlSeconds * 1_000 + 1_000 });
    await expect(
      verifySubscription(deps, { id: first.id, code: expiredCode }, link),
    ).rejects.toBeInstanceOf(GoneError);
    const second = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, freshIp());
    const code = deps.sms.lastCode(phone);
    await verifySubscription(deps, { id: second.id, code }, link);
    await expect(verifySubscription(deps, { id: second.id, code }, link)).rejects.toBeInstanceOf(
      GoneError,
    );
    expect(await subscribedTo(phone)).toHaveLength(1);
  });

  it('gives a second requester of a subscribed email address nothing that removes the owner’s subscription', async () => {
    const email = 'owner@example.org';
    await requestSubscription(deps, { protocol: 'email', endpoint: email }, freshIp());
    const [owner] = await subscribedTo(email);
    await local.clients.sns.send(
      new ConfirmSubscriptionCommand({ TopicArn: local.topicArn, Token: owner?.arn ?? '' }),
    );
    const intruder = await requestSubscription(
      deps,
      { protocol: 'email', endpoint: 'OWNER@example.org' },
      freshIp(),
    );
    expect(intruder.status).toBe('pending-confirmation');
    if (intruder.status !== 'pending-confirmation') return;
    await updateSubscription(deps, {
      id: intruder.id,
      token: intruder.manageToken,
      filter: { states: ['UA'] },
    });
    await unsubscribe(local.ports, { id: intruder.id, token: intruder.manageToken });
    expect((await subscribedTo(email)).map((s) => s.arn)).toEqual([owner?.arn]);
  });

  it('answers a second request for a verified number like a new one, with no token and no SMS', async () => {
    const phone = '+447911000004';
    const first = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, freshIp());
    await verifySubscription(deps, { id: first.id, code: deps.sms.lastCode(phone) }, link);
    const sent = deps.sms.sent.length;
    const second = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, freshIp());
    expect(Object.keys(second).sort()).toEqual(['id', 'status']);
    expect(second.status).toBe('pending-verification');
    expect(deps.sms.sent.length).toBe(sent);
    expect(await subscribedTo(phone)).toHaveLength(1);
  });

  it('accepts at most the per-IP limit of 1,000 requests from one client, refusing the rest with a retry time', async () => {
    const sourceIp = { sourceIp: '198.51.100.250' };
    const sent = deps.sms.sent.length;
    const outcomes = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) =>
        requestSubscription(
          deps,
          { protocol: 'sms', endpoint: `+4479112${String(i).padStart(5, '0')}` },
          sourceIp,
        ).then(
          () => 'accepted' as const,
          (error: unknown) => error,
        ),
      ),
    );
    const accepted = outcomes.filter((o) => o === 'accepted').length;
    const limited = outcomes.filter((o) => o instanceof RateLimitedError) as RateLimitedError[];
    expect(accepted).toBe(DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests);
    expect(limited).toHaveLength(1_000 - accepted);
    expect(limited.every((e) => e.context.retryAfterSeconds > 0)).toBe(true);
    expect(deps.sms.sent.length - sent).toBe(accepted);
  });

  it('writes nothing for a request with 300,000 states', async () => {
    const before = await countItems(local.clients.dynamodb, local.tableName);
    await expect(
      requestSubscription(
        deps,
        { protocol: 'sms', endpoint: '+447911000009', states: Array(300_000).fill('UA') },
        freshIp(),
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await countItems(local.clients.dynamodb, local.tableName)).toBe(before);
  });
});
