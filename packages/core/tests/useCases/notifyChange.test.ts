import type { StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { NOTIFICATION_LEASE_SECONDS } from '../../src/constants.js';
import { InvalidInputError } from '../../src/errors.js';
import { evaluateState } from '../../src/evaluateState.js';
import { notifyChange } from '../../src/notifyChange.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

async function lithuaniaChange(shardCount = 1) {
  const ports = inMemoryPorts('2025-07-01T09:00:00Z', { shardCount });
  await recordEvents(ports, rawEvent.ltNotified);
  const [change] = (await evaluateState(ports, 'LT')).changes;
  if (change === undefined) throw new Error('no change to notify');
  return { ports, change };
}

const shardsPublished = (ports: Awaited<ReturnType<typeof lithuaniaChange>>['ports']) =>
  ports.notifier.published.map((p) => p.shard);

describe('notifyChange', () => {
  it('publishes the change with its messages and records it in the ledger', async () => {
    const { ports, change } = await lithuaniaChange();
    const result = await notifyChange(ports, change);
    expect(result).toEqual({ published: [{ shard: 0, messageId: 'message-1' }], complete: true });
    expect(ports.notifier.published).toHaveLength(1);
    expect(ports.notifier.published[0]?.change.id).toBe(change.id);
    expect(ports.notifier.published[0]?.messages.subject).toContain('Lithuania');
    expect(await ports.ledger.get(change.id)).toEqual({
      changeId: change.id,
      messageIds: ['message-1'],
      publishedAt: '2025-07-01T09:00:00.000Z',
      change,
    });
  });

  it('publishes the change once on every shard', async () => {
    const { ports, change } = await lithuaniaChange(4);
    const result = await notifyChange(ports, change);
    expect(result.complete).toBe(true);
    expect(shardsPublished(ports)).toEqual([0, 1, 2, 3]);
    expect((await ports.ledger.get(change.id))?.messageIds).toHaveLength(4);
  });

  it('publishes a change once when called twice', async () => {
    const { ports, change } = await lithuaniaChange(3);
    await notifyChange(ports, change);
    expect(await notifyChange(ports, change)).toEqual({ published: [], complete: true });
    expect(ports.notifier.published).toHaveLength(3);
  });

  it('publishes each shard once when several calls race for the same change', async () => {
    const { ports, change } = await lithuaniaChange(3);
    await Promise.all(Array.from({ length: 8 }, () => notifyChange(ports, change)));
    expect(shardsPublished(ports).sort()).toEqual([0, 1, 2]);
    expect(await ports.ledger.list()).toHaveLength(1);
  });

  it('after a failure on one shard publishes the others, and a retry only the missing one', async () => {
    const { ports, change } = await lithuaniaChange(4);
    ports.notifier.failNext(new Error('topic 2 unavailable'), 2);
    await expect(notifyChange(ports, change)).rejects.toThrow('topic 2 unavailable');
    expect(shardsPublished(ports)).toEqual([0, 1, 3]);
    expect(await ports.ledger.get(change.id)).toBeNull();

    const retry = await notifyChange(ports, change);
    expect(retry.published.map((p) => p.shard)).toEqual([2]);
    expect(retry.complete).toBe(true);
    expect(shardsPublished(ports)).toEqual([0, 1, 3, 2]);
    expect(await ports.ledger.list()).toHaveLength(1);
  });

  it('leaves a shard another publisher holds, and records the change only once it is out everywhere', async () => {
    const { ports, change } = await lithuaniaChange(2);
    await ports.ledger.claim(change.id, 1, ports.clock.now(), NOTIFICATION_LEASE_SECONDS);
    const first = await notifyChange(ports, change);
    expect(first).toEqual({ published: [{ shard: 0, messageId: 'message-1' }], complete: false });
    expect(await ports.ledger.get(change.id)).toBeNull();

    ports.clock.advance({ milliseconds: NOTIFICATION_LEASE_SECONDS * 1000 + 1 });
    const second = await notifyChange(ports, change);
    expect(second.published.map((p) => p.shard)).toEqual([1]);
    expect((await ports.ledger.get(change.id))?.messageIds).toEqual(['message-1', 'message-2']);
  });

  it('rejects a malformed change and publishes nothing', async () => {
    const { ports, change } = await lithuaniaChange();
    const malformed = { ...change, status: 'gone' } as unknown as StatusChange;
    await expect(notifyChange(ports, malformed)).rejects.toBeInstanceOf(InvalidInputError);
    expect(ports.notifier.published).toEqual([]);
  });
});
