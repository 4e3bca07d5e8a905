import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { manageTokenHash } from '../../src/manageTokenHash.js';
import { subscribe } from '../../src/subscribe.js';
import { inMemoryPorts } from '../../src/testing/index.js';

describe('subscribe', () => {
  it('records an SMS subscription as active, with the endpoint masked and the token hashed', async () => {
    const ports = inMemoryPorts();
    const result = await subscribe(ports, {
      protocol: 'sms',
      endpoint: '+447911123456',
      states: ['NZ'],
    });
    expect(result).toMatchObject({
      id: expect.stringMatching(/^sub-[0-9a-f]{24}$/),
      status: 'active',
    });
    const record = await ports.subscriptions.get(result.id);
    expect(record).toMatchObject({
      protocol: 'sms',
      filter: { states: ['NZ'] },
      status: 'active',
      tokenHash: manageTokenHash(result.manageToken),
      createdAt: '2026-01-15T09:00:00.000Z',
    });
    expect(record?.endpointMasked).not.toContain('7911123456');
    expect(ports.channel.subscriptions.get(record?.channelRef ?? '')).toMatchObject({
      endpoint: '+447911123456',
    });
  });

  it('records an email subscription as waiting for confirmation', async () => {
    const ports = inMemoryPorts();
    const result = await subscribe(ports, { protocol: 'email', endpoint: 'you@example.org' });
    expect(result.status).toBe('pending-confirmation');
  });

  it('rejects bad input naming the field, and subscribes nothing', async () => {
    const ports = inMemoryPorts();
    const error = await subscribe(ports, { protocol: 'email', endpoint: 'nobody' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.field)).toEqual(['endpoint']);
    expect(ports.channel.subscriptions.size).toBe(0);
  });

  it('undoes the channel subscription when the record cannot be written', async () => {
    const ports = inMemoryPorts();
    ports.subscriptions.put = async () => {
      throw new Error('table unavailable');
    };
    await expect(subscribe(ports, { protocol: 'sms', endpoint: '+447911123456' })).rejects.toThrow(
      'table unavailable',
    );
    expect(ports.channel.subscriptions.size).toBe(0);
  });
});
