import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  requestSubscription,
  sendTestAlert,
  subscriptionPreferences,
  TEST_ALERT_WINDOW_SECONDS,
  TestAlertUnavailableError,
  updateSubscription,
  verifySubscription,
} from '../src/index.js';
import { inMemorySubscriptionDeps } from '../src/testing/index.js';

const phone = '+447911123456';
const otherPhone = '+447911654321';
const link = { manageLink: (id: string, token: string) => `https://tw.example/m/${id}/${token}` };

async function activeSms(
  deps: ReturnType<typeof inMemorySubscriptionDeps>,
  endpoint: string,
  sourceIp = '203.0.113.7',
) {
  const { id } = await requestSubscription(deps, { protocol: 'sms', endpoint }, { sourceIp });
  const { manageToken } = await verifySubscription(
    deps,
    { id, code: deps.sms.lastCode(endpoint) },
    link,
  );
  return { id, manageToken };
}

describe('sendTestAlert', () => {
  it('sends one marked test message to that subscription alone', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS, { shardCount: 1 });
    const mine = await activeSms(deps, phone);
    await activeSms(deps, otherPhone, '203.0.113.8');
    const result = await sendTestAlert(deps, { id: mine.id, token: mine.manageToken });
    expect(result).toEqual({ id: mine.id, status: 'sent' });
    expect(deps.channel.testAlerts).toHaveLength(1);
    const [alert] = deps.channel.testAlerts;
    expect(alert?.endpoint).toBe(phone);
    expect(alert?.subscriptionId).toBe(mine.id);
    expect(alert?.messages.sms).toMatch(/TEST alert: nothing changed/);
    expect(alert?.messages.subject).toMatch(/test alert/);
    expect(JSON.parse(alert?.messages.default ?? '')).toMatchObject({
      kind: 'test',
      subscription: mine.id,
    });
  });

  it('allows one per hour per subscription, answering when the window ends', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const { id, manageToken } = await activeSms(deps, phone);
    await sendTestAlert(deps, { id, token: manageToken });
    deps.clock.advance({ milliseconds: 60_000 });
    const refused = await sendTestAlert(deps, { id, token: manageToken }).catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.context.limit).toBe('test-alert');
    expect(refused.context.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.context.retryAfterSeconds).toBeLessThanOrEqual(TEST_ALERT_WINDOW_SECONDS);
    expect(deps.channel.testAlerts).toHaveLength(1);
    deps.clock.advance({ milliseconds: TEST_ALERT_WINDOW_SECONDS * 1_000 });
    await sendTestAlert(deps, { id, token: manageToken });
    expect(deps.channel.testAlerts).toHaveLength(2);
  });

  it('counts the hour per subscription, not across subscriptions', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const a = await activeSms(deps, phone);
    const b = await activeSms(deps, otherPhone, '203.0.113.8');
    await sendTestAlert(deps, { id: a.id, token: a.manageToken });
    await sendTestAlert(deps, { id: b.id, token: b.manageToken });
    expect(deps.channel.testAlerts.map((t) => t.endpoint)).toEqual([phone, otherPhone]);
  });

  it('refuses a wrong token without spending the hour', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const { id, manageToken } = await activeSms(deps, phone);
    await expect(sendTestAlert(deps, { id, token: 'wrong' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(sendTestAlert(deps, { id: 'nope', token: manageToken })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await sendTestAlert(deps, { id, token: manageToken });
    expect(deps.channel.testAlerts).toHaveLength(1);
  });

  it('sends nothing from a stand-in, and answers it alike', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const endpoint = 'owner@example.org';
    const owner = await requestSubscription(
      deps,
      { protocol: 'email', endpoint, states: ['UA'] },
      { sourceIp: '203.0.113.7' },
    );
    if (owner.status !== 'pending-confirmation') throw new Error('expected a manage token');
    const ownerRef = deps.subscriptions.records.get(owner.id)?.channelRef ?? '';
    deps.channel.confirm(ownerRef);
    const standIn = await requestSubscription(
      deps,
      { protocol: 'email', endpoint },
      { sourceIp: '198.51.100.9' },
    );
    if (standIn.status !== 'pending-confirmation') throw new Error('expected a manage token');
    const answer = await sendTestAlert(deps, { id: standIn.id, token: standIn.manageToken });
    expect(answer).toEqual({ id: standIn.id, status: 'sent' });
    expect(deps.channel.testAlerts).toEqual([]);
    await sendTestAlert(deps, { id: owner.id, token: owner.manageToken });
    expect(deps.channel.testAlerts.map((t) => t.subscriptionId)).toEqual([owner.id]);
  });
});

describe('sendTestAlert to email', () => {
  async function confirmedEmail(
    deps: ReturnType<typeof inMemorySubscriptionDeps>,
    endpoint: string,
    states?: string[],
  ) {
    const result = await requestSubscription(
      deps,
      { protocol: 'email', endpoint, ...(states ? { states } : {}) },
      { sourceIp: endpoint },
    );
    if (result.status !== 'pending-confirmation') throw new Error('expected a manage token');
    deps.channel.confirm(deps.subscriptions.records.get(result.id)?.channelRef ?? '');
    return { id: result.id, manageToken: result.manageToken };
  }

  it('reaches that subscription alone when every subscription on its shard has a filter policy', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS, { shardCount: 1 });
    const mine = await confirmedEmail(deps, 'a@example.org', ['UA']);
    await confirmedEmail(deps, 'b@example.org', ['PL']);
    await sendTestAlert(deps, { id: mine.id, token: mine.manageToken });
    expect(deps.channel.testAlerts.map((t) => t.endpoint)).toEqual(['a@example.org']);
  });

  it('refuses, sending nothing and keeping the hour, while a subscription on its shard has no filter policy', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS, { shardCount: 1 });
    const mine = await confirmedEmail(deps, 'a@example.org', ['UA']);
    // A subscription made before every one carried a policy: counted, with no slot.
    await deps.capacity.countSubscription(0, 'email', 1);
    await expect(
      sendTestAlert(deps, { id: mine.id, token: mine.manageToken }),
    ).rejects.toBeInstanceOf(TestAlertUnavailableError);
    expect(deps.channel.testAlerts).toEqual([]);
    // Once it has ended, the shard is safe, and the hour was not spent.
    await deps.capacity.countSubscription(0, 'email', -1);
    await sendTestAlert(deps, { id: mine.id, token: mine.manageToken });
    expect(deps.channel.testAlerts.map((t) => t.endpoint)).toEqual(['a@example.org']);
  });
});

describe('subscriptionPreferences', () => {
  it('shows the masked endpoint, protocol, status and filter to the token holder', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const { id, manageToken } = await activeSms(deps, phone);
    const preferences = await subscriptionPreferences(deps.subscriptions, {
      id,
      token: manageToken,
    });
    expect(preferences).toEqual({
      id,
      protocol: 'sms',
      endpointMasked: expect.not.stringContaining('7911123456'),
      status: 'active',
      filter: {},
    });
    await expect(
      subscriptionPreferences(deps.subscriptions, { id, token: 'wrong' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
