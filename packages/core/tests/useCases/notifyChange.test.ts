import type { StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_LEASE_SECONDS } from '../../src/constants.js';
import { InvalidInputError } from '../../src/errors.js';
import { evaluateState } from '../../src/evaluateState.js';
import { notifyChange } from '../../src/notifyChange.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

async function lithuaniaChange() {
  const ports = inMemoryPorts('2025-07-01T09:00:00Z');
  await recordEvents(ports, rawEvent.ltNotified);
  const [change] = (await evaluateState(ports, 'LT')).changes;
  if (change === undefined) throw new Error('no change to notify');
  return { ports, change };
}

describe('notifyChange', () => {
  it('publishes the change with its messages and records it in the ledger', async () => {
    const { ports, change } = await lithuaniaChange();
    const result = await notifyChange(ports, change);
    expect(result).toEqual({ published: true, messageId: 'message-1' });
    expect(ports.notifier.published).toHaveLength(1);
    expect(ports.notifier.published[0]?.change.id).toBe(change.id);
    expect(ports.notifier.published[0]?.messages.subject).toContain('Lithuania');
    expect(await ports.ledger.get(change.id)).toEqual({
      changeId: change.id,
      messageId: 'message-1',
      publishedAt: '2025-07-01T09:00:00.000Z',
      change,
    });
  });

  it('publishes a change once when called twice', async () => {
    const { ports, change } = await lithuaniaChange();
    await notifyChange(ports, change);
    expect(await notifyChange(ports, change)).toEqual({ published: false, messageId: null });
    expect(ports.notifier.published).toHaveLength(1);
  });

  it('publishes once when several calls race for the same change', async () => {
    const { ports, change } = await lithuaniaChange();
    const results = await Promise.all(Array.from({ length: 8 }, () => notifyChange(ports, change)));
    expect(results.filter((r) => r.published)).toHaveLength(1);
    expect(ports.notifier.published).toHaveLength(1);
  });

  it('releases the claim when publishing fails, so a retry publishes', async () => {
    const { ports, change } = await lithuaniaChange();
    ports.notifier.failNext(new Error('topic unavailable'));
    await expect(notifyChange(ports, change)).rejects.toThrow('topic unavailable');
    expect(await ports.ledger.get(change.id)).toBeNull();
    expect((await notifyChange(ports, change)).published).toBe(true);
  });

  it('takes over a claim abandoned for longer than its lease', async () => {
    const { ports, change } = await lithuaniaChange();
    await ports.ledger.claim(change.id, ports.clock.now(), NOTIFICATION_LEASE_SECONDS);
    expect((await notifyChange(ports, change)).published).toBe(false);
    ports.clock.advance({ milliseconds: NOTIFICATION_LEASE_SECONDS * 1000 + 1 });
    expect((await notifyChange(ports, change)).published).toBe(true);
  });

  it('rejects a malformed change and publishes nothing', async () => {
    const { ports, change } = await lithuaniaChange();
    const malformed = { ...change, status: 'gone' } as unknown as StatusChange;
    await expect(notifyChange(ports, malformed)).rejects.toBeInstanceOf(InvalidInputError);
    expect(ports.notifier.published).toEqual([]);
  });
});
