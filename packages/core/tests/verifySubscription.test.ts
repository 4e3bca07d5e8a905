import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  GoneError,
  InvalidInputError,
  NotFoundError,
  requestSubscription,
  SMS_DEFAULT_STATUSES,
  VERIFICATION,
  verifySubscription,
} from '../src/index.js';
import { inMemorySubscriptionDeps } from '../src/testing/index.js';

const phone = '+447911123456';
const link = { manageLink: (id: string, token: string) => `https://tw.example/m/${id}/${token}` };

async function pending() {
  const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
  const { id } = await requestSubscription(
    deps,
    { protocol: 'sms', endpoint: phone, states: ['UA'] },
    { sourceIp: '203.0.113.7' },
  );
  const code = deps.sms.lastCode(phone);
  const wrong = code === '000000' ? '111111' : '000000';
  return { deps, id, code, wrong };
}

describe('verifySubscription', () => {
  it('activates the subscription with the right code and hands out the manage token once', async () => {
    const { deps, id, code } = await pending();
    const result = await verifySubscription(deps, { id, code }, link);
    expect(result).toEqual({ id, status: 'active', manageToken: expect.any(String) });
    expect(deps.channel.activeFor(phone).map((s) => s.filter)).toEqual([
      { states: ['UA'], statuses: SMS_DEFAULT_STATUSES },
    ]);
  });

  it('sends a second SMS that confirms the subscription and carries the manage link', async () => {
    const { deps, id, code } = await pending();
    const { manageToken } = await verifySubscription(deps, { id, code }, link);
    expect(deps.sms.sent.at(-1)).toEqual({
      to: phone,
      text: expect.stringContaining(`https://tw.example/m/${id}/${manageToken}`),
      purpose: 'confirmation',
    });
  });

  it('refuses a wrong code, saying how many tries are left', async () => {
    const { deps, id, wrong } = await pending();
    const error = await verifySubscription(deps, { id, code: wrong }, link).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      { field: 'code', message: 'is wrong; 4 tries left' },
    ]);
  });

  it('voids the subscription at the fifth wrong code: even the right one is then refused', async () => {
    const { deps, id, code, wrong } = await pending();
    const outcomes = [];
    for (let i = 0; i < VERIFICATION.maxAttempts; i += 1) {
      outcomes.push(await verifySubscription(deps, { id, code: wrong }, link).catch((e) => e));
    }
    expect(outcomes.slice(0, 4).every((e) => e instanceof InvalidInputError)).toBe(true);
    expect(outcomes[4]).toBeInstanceOf(GoneError);
    await expect(verifySubscription(deps, { id, code }, link)).rejects.toBeInstanceOf(GoneError);
    expect(deps.channel.subscriptions.size).toBe(0);
  });

  it('frees the endpoint of a voided subscription for its owner', async () => {
    const { deps, id, wrong } = await pending();
    for (let i = 0; i < VERIFICATION.maxAttempts; i += 1) {
      await verifySubscription(deps, { id, code: wrong }, link).catch(() => undefined);
    }
    const again = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone },
      { sourceIp: '203.0.113.7' },
    );
    await verifySubscription(deps, { id: again.id, code: deps.sms.lastCode(phone) }, link);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
  });

  it('refuses an expired code', async () => {
    const { deps, id, code } = await pending();
    deps.clock.advance({ milliseconds: VERIFICATION.codeTtlSeconds * 1_000 });
    await expect(verifySubscription(deps, { id, code }, link)).rejects.toBeInstanceOf(GoneError);
    expect(deps.channel.subscriptions.size).toBe(0);
  });

  it('accepts a code once only', async () => {
    const { deps, id, code } = await pending();
    await verifySubscription(deps, { id, code }, link);
    await expect(verifySubscription(deps, { id, code }, link)).rejects.toBeInstanceOf(GoneError);
  });

  it('subscribes the number once when the same code arrives twice at the same time', async () => {
    const { deps, id, code } = await pending();
    const outcomes = await Promise.allSettled([
      verifySubscription(deps, { id, code }, link),
      verifySubscription(deps, { id, code }, link),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
  });

  it('answers a stand-in for an endpoint that is taken like a real pending subscription', async () => {
    const { deps, id, code } = await pending();
    await verifySubscription(deps, { id, code }, link);
    const standIn = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone },
      { sourceIp: '198.51.100.1' },
    );
    const outcomes = [];
    for (const guess of ['000000', '111111', '222222', '333333', '444444', '555555']) {
      outcomes.push(
        await verifySubscription(deps, { id: standIn.id, code: guess }, link).catch((e) => e),
      );
    }
    expect(outcomes.map((e) => (e as Error).name)).toEqual([
      ...Array(4).fill('InvalidInputError'),
      'GoneError',
      'GoneError',
    ]);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
  });

  it('refuses a code that is not 6 digits without counting it', async () => {
    const { deps, id } = await pending();
    await expect(verifySubscription(deps, { id, code: '12345' }, link)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(deps.subscriptions.records.get(id)?.verification?.attempts).toBe(0);
  });

  it('answers an unknown id with NotFoundError', async () => {
    const { deps, code } = await pending();
    await expect(
      verifySubscription(deps, { id: 'sub-unknown', code }, link),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
