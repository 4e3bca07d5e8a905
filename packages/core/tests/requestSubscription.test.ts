import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  InvalidInputError,
  NO_SUBSCRIPTION_LIMITS,
  RateLimitedError,
  requestSubscription,
  SMS_DEFAULT_STATUSES,
  unsubscribe,
  updateSubscription,
  verifySubscription,
} from '../src/index.js';
import { inMemorySubscriptionDeps } from '../src/testing/index.js';

const ip = { sourceIp: '203.0.113.7' };
const link = { manageLink: (id: string, token: string) => `https://tw.example/m/${id}/${token}` };
const phone = '+447911123456';

describe('requestSubscription', () => {
  it('answers an SMS request with a pending verification and no token, and sends one code', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const result = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    expect(result).toEqual({ id: expect.stringMatching(/^sub-/), status: 'pending-verification' });
    expect(deps.sms.sent).toEqual([
      { to: phone, text: expect.stringMatching(/\b\d{6}\b/), purpose: 'verification' },
    ]);
  });

  it('subscribes no SMS endpoint to the channel before its code is verified', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    expect(deps.channel.subscriptions.size).toBe(0);
  });

  it('stores the code only as a keyed hash, and the endpoint only until it is verified', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const { id } = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    const code = deps.sms.lastCode(phone);
    expect(JSON.stringify(deps.subscriptions.records.get(id))).not.toContain(`"${code}"`);
    await verifySubscription(deps, { id, code }, link);
    expect(JSON.stringify(deps.subscriptions.records.get(id))).not.toContain(phone);
  });

  it('answers a request for an endpoint that is subscribed exactly as a new one, and sends nothing', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const first = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    await verifySubscription(deps, { id: first.id, code: deps.sms.lastCode(phone) }, link);
    const sentBefore = deps.sms.sent.length;
    const second = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone, states: ['PL'] },
      { sourceIp: '198.51.100.9' },
    );
    expect(Object.keys(second).sort()).toEqual(['id', 'status']);
    expect(second.status).toBe('pending-verification');
    expect(deps.sms.sent.length).toBe(sentBefore);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
    expect(deps.channel.activeFor(phone)[0]?.filter).toEqual({ statuses: SMS_DEFAULT_STATUSES });
  });

  it('never hands an existing email subscription to a second requester', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const email = { protocol: 'email', endpoint: 'Owner@Example.org' };
    const owner = await requestSubscription(deps, email, ip);
    const ownerRef = deps.subscriptions.records.get(owner.id)?.channelRef ?? '';
    deps.channel.confirm(ownerRef);
    const intruder = await requestSubscription(
      deps,
      { protocol: 'email', endpoint: 'owner@example.org' },
      { sourceIp: '198.51.100.9' },
    );
    expect(intruder.status).toBe('pending-confirmation');
    if (intruder.status !== 'pending-confirmation') return;
    await updateSubscription(deps, {
      id: intruder.id,
      token: intruder.manageToken,
      filter: { states: ['UA'] },
    });
    await unsubscribe(deps, { id: intruder.id, token: intruder.manageToken });
    expect(deps.channel.activeFor('Owner@Example.org')).toHaveLength(1);
    expect(deps.channel.activeFor('Owner@Example.org')[0]?.filter).toEqual({});
  });

  it('does not hand over a confirmed SNS subscription whose record no longer holds the endpoint', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const owner = await requestSubscription(
      deps,
      { protocol: 'https', endpoint: 'https://h.example/x' },
      ip,
    );
    deps.channel.confirm(deps.subscriptions.records.get(owner.id)?.channelRef ?? '');
    deps.clock.advance({ days: 3 }); // the pending claim lapsed; SNS confirmed it meanwhile
    const later = await requestSubscription(
      deps,
      { protocol: 'https', endpoint: 'https://h.example/x' },
      ip,
    );
    expect(deps.subscriptions.records.get(later.id)?.channelRef).toBeUndefined();
  });

  it('frees the endpoint of an expired pending request for the next one', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    deps.clock.advance({ milliseconds: 11 * 60_000 });
    const retry = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip);
    await verifySubscription(deps, { id: retry.id, code: deps.sms.lastCode(phone) }, link);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
  });

  it('refuses SMS to a country outside the allow-list, naming the endpoint without echoing it', async () => {
    const deps = inMemorySubscriptionDeps({
      ...DEFAULT_SUBSCRIPTION_LIMITS,
      smsCountries: ['+353'],
    });
    const error = await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, ip).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues[0]?.field).toBe('endpoint');
    expect((error as Error).message).not.toContain('7911');
    expect(deps.sms.sent).toEqual([]);
  });

  it('accepts at most the per-IP limit from one client and answers the rest with a retry time', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const outcomes = await Promise.all(
      Array.from({ length: 1_000 }, (_, i) =>
        requestSubscription(
          deps,
          { protocol: 'sms', endpoint: `+4479111${String(i).padStart(5, '0')}` },
          ip,
        ).then(
          () => 'accepted',
          (e: unknown) => e,
        ),
      ),
    );
    const accepted = outcomes.filter((o) => o === 'accepted').length;
    const limited = outcomes.filter((o) => o instanceof RateLimitedError) as RateLimitedError[];
    expect(accepted).toBe(DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests);
    expect(limited).toHaveLength(1_000 - accepted);
    expect(limited.every((e) => e.context.retryAfterSeconds > 0)).toBe(true);
    expect(deps.sms.sent).toHaveLength(accepted);
  });

  it('sends no more codes to one number than the per-endpoint limit', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const ips = Array.from({ length: 6 }, (_, i) => ({ sourceIp: `198.51.100.${i}` }));
    const outcomes = [];
    for (const from of ips) {
      outcomes.push(
        await requestSubscription(deps, { protocol: 'sms', endpoint: phone }, from).catch(
          (e: unknown) => e,
        ),
      );
      deps.clock.advance({ milliseconds: 11 * 60_000 });
    }
    expect(outcomes.filter((o) => o instanceof RateLimitedError)).toHaveLength(3);
    expect(deps.sms.sent).toHaveLength(DEFAULT_SUBSCRIPTION_LIMITS.perEndpoint.requests);
  });

  it('stops sending codes once the daily verification budget is spent', async () => {
    const deps = inMemorySubscriptionDeps({ ...NO_SUBSCRIPTION_LIMITS, verificationSmsPerDay: 4 });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        requestSubscription(deps, { protocol: 'sms', endpoint: `+4479111000${i}0` }, ip).catch(
          (e: unknown) => e,
        ),
      ),
    );
    const limited = outcomes.filter((o) => o instanceof RateLimitedError) as RateLimitedError[];
    expect(limited.map((e) => e.context.limit)).toEqual(Array(6).fill('verification-sms-budget'));
    expect(deps.sms.sent).toHaveLength(4);
  });

  it('writes nothing and sends nothing for invalid input', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    await expect(
      requestSubscription(deps, { protocol: 'sms', endpoint: '0791', states: ['x'] }, ip),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(deps.subscriptions.records.size).toBe(0);
    expect(deps.limiter.windows).toBe(0);
    expect(deps.sms.sent).toEqual([]);
  });
});
