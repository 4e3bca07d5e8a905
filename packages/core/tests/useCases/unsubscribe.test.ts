import { describe, expect, it } from 'vitest';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../src/errors.js';
import { subscribe } from '../../src/subscribe.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { unsubscribe } from '../../src/unsubscribe.js';

async function subscribed() {
  const ports = inMemoryPorts();
  const { id, manageToken } = await subscribe(ports, {
    protocol: 'sms',
    endpoint: '+447911123456',
  });
  return { ports, id, manageToken };
}

describe('unsubscribe', () => {
  it('ends the channel subscription and marks the record removed', async () => {
    const { ports, id, manageToken } = await subscribed();
    await unsubscribe(ports, { id, token: manageToken });
    expect(ports.channel.subscriptions.size).toBe(0);
    expect(await ports.subscriptions.get(id)).toBeNull();
    expect(ports.subscriptions.removedAt(id)).toBe('2026-01-15T09:00:00.000Z');
  });

  it('refuses a wrong manage token and keeps the subscription', async () => {
    const { ports, id } = await subscribed();
    await expect(unsubscribe(ports, { id, token: 'not-the-token' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await ports.subscriptions.get(id)).not.toBeNull();
    expect(ports.channel.subscriptions.size).toBe(1);
  });

  it('answers NotFoundError for an unknown id, and for one already removed', async () => {
    const { ports, id, manageToken } = await subscribed();
    await expect(
      unsubscribe(ports, { id: 'sub-unknown', token: manageToken }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await unsubscribe(ports, { id, token: manageToken });
    await expect(unsubscribe(ports, { id, token: manageToken })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('rejects a missing token, naming the field', async () => {
    const { ports, id } = await subscribed();
    const error = await unsubscribe(ports, { id, token: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['token']);
  });
});
