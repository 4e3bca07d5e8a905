import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION_LIMITS } from '../../src/constants.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../src/errors.js';
import { requestSubscription } from '../../src/requestSubscription.js';
import { inMemorySubscriptionDeps } from '../../src/testing/index.js';
import { unsubscribe } from '../../src/unsubscribe.js';

async function subscribed(filter: { states?: string[] } = { states: ['UA'] }) {
  const deps = inMemorySubscriptionDeps(DEFAULT_SUBSCRIPTION_LIMITS, {
    shardCount: 2,
    filterPoliciesPerTopic: 5,
  });
  const result = await requestSubscription(
    deps,
    { protocol: 'email', endpoint: 'reader@example.org', ...filter },
    { sourceIp: '203.0.113.7' },
  );
  if (result.status !== 'pending-confirmation') throw new Error('expected a manage token');
  return { deps, id: result.id, manageToken: result.manageToken };
}

const policiesUsed = async (deps: Awaited<ReturnType<typeof subscribed>>['deps']) =>
  (await deps.capacity.usage()).reduce((sum, shard) => sum + shard.filterPolicies, 0);

describe('unsubscribe', () => {
  it('ends the channel subscription, marks the record removed and frees its filter-policy slot', async () => {
    const { deps, id, manageToken } = await subscribed();
    expect(await policiesUsed(deps)).toBe(1);
    await unsubscribe(deps, { id, token: manageToken });
    expect(deps.channel.subscriptions.size).toBe(0);
    expect(await deps.subscriptions.get(id)).toBeNull();
    expect(deps.subscriptions.removedAt(id)).toBe('2026-03-01T12:00:00.000Z');
    expect(await policiesUsed(deps)).toBe(0);
    const usage = await deps.capacity.usage();
    expect(usage.reduce((sum, shard) => sum + shard.subscriptions.email, 0)).toBe(0);
  });

  it('refuses a wrong manage token and keeps the subscription', async () => {
    const { deps, id } = await subscribed();
    await expect(unsubscribe(deps, { id, token: 'not-the-token' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await deps.subscriptions.get(id)).not.toBeNull();
    expect(deps.channel.subscriptions.size).toBe(1);
    expect(await policiesUsed(deps)).toBe(1);
  });

  it('answers NotFoundError for an unknown id, and for one already removed', async () => {
    const { deps, id, manageToken } = await subscribed({});
    await expect(
      unsubscribe(deps, { id: 'sub-unknown', token: manageToken }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await unsubscribe(deps, { id, token: manageToken });
    await expect(unsubscribe(deps, { id, token: manageToken })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('rejects a missing token, naming the field', async () => {
    const { deps, id } = await subscribed();
    const error = await unsubscribe(deps, { id, token: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['token']);
  });
});
