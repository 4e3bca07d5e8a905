import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBSCRIPTION_LIMITS,
  ForbiddenError,
  type InvalidInputError,
  requestSubscription,
  SMS_DEFAULT_STATUSES,
  unsubscribe,
  updateSubscription,
  verifySubscription,
} from '../src/index.js';
import { inMemorySubscriptionDeps } from '../src/testing/index.js';

const phone = '+447911123456';
const link = { manageLink: (id: string, token: string) => `https://tw.example/m/${id}/${token}` };

async function active() {
  const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
  const { id } = await requestSubscription(
    deps,
    { protocol: 'sms', endpoint: phone },
    { sourceIp: '203.0.113.7' },
  );
  const { manageToken } = await verifySubscription(
    deps,
    { id, code: deps.sms.lastCode(phone) },
    link,
  );
  return { deps, id, manageToken };
}

describe('updateSubscription', () => {
  it('replaces the filters on the channel and on the record', async () => {
    const { deps, id, manageToken } = await active();
    const result = await updateSubscription(deps, {
      id,
      token: manageToken,
      filter: { states: ['pl', 'UA'], treaties: ['ottawa'] },
    });
    expect(result.filter).toEqual({ states: ['PL', 'UA'], treaties: ['apmbc'] });
    expect(deps.channel.activeFor(phone)[0]?.filter).toEqual(result.filter);
    expect(deps.subscriptions.records.get(id)?.filter).toEqual(result.filter);
  });

  it('refuses a wrong token and changes nothing', async () => {
    const { deps, id } = await active();
    await expect(
      updateSubscription(deps, { id, token: 'wrong', filter: { states: ['PL'] } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(deps.channel.activeFor(phone)[0]?.filter).toEqual({ statuses: SMS_DEFAULT_STATUSES });
  });

  it('refuses a pending SMS subscription, which has no token yet', async () => {
    const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS);
    const { id } = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone },
      { sourceIp: '203.0.113.7' },
    );
    await expect(updateSubscription(deps, { id, token: 'x', filter: {} })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('refuses unknown fields and overlong lists, naming them', async () => {
    const { deps, id, manageToken } = await active();
    const error = await updateSubscription(deps, {
      id,
      token: manageToken,
      filter: { protocol: 'sms', states: Array(300).fill('UA') },
    }).catch((e: unknown) => e);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['states']);
  });
});

describe('unsubscribe', () => {
  it('ends the owner’s channel subscription and frees the endpoint', async () => {
    const { deps, id, manageToken } = await active();
    await unsubscribe(deps, { id, token: manageToken });
    expect(deps.channel.activeFor(phone)).toEqual([]);
    const again = await requestSubscription(
      deps,
      { protocol: 'sms', endpoint: phone },
      { sourceIp: '203.0.113.8' },
    );
    await verifySubscription(deps, { id: again.id, code: deps.sms.lastCode(phone) }, link);
    expect(deps.channel.activeFor(phone)).toHaveLength(1);
  });
});
