import { evaluateState, notifyChange, recentChanges, recordEvents } from '@treatywatch/core';
import type { StatusChange } from '@treatywatch/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../../src/sns/index.js';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';
import { subscribeQueue } from '../helpers/subscriberQueue.js';

let ports: Awaited<ReturnType<typeof localPorts>>['ports'];
let local: Awaited<ReturnType<typeof localPorts>>;
let queue: Awaited<ReturnType<typeof subscribeQueue>>;
let change: StatusChange;

beforeAll(async () => {
  local = await localPorts('notify');
  ports = local.ports;
  queue = await subscribeQueue(local.clients, local.topicArn, null);
  await recordEvents(ports, rawEvent.ltNotified);
  const [first] = (await evaluateState(ports, 'LT', '2025-07-01')).changes;
  if (first === undefined) throw new Error('no change to notify');
  change = first;
});

describe('notifyChange', () => {
  it('publishes one SNS message when called twice for one change', async () => {
    const first = await notifyChange(ports, change);
    const second = await notifyChange(ports, change);
    expect(first).toEqual({
      published: [{ shard: 0, messageId: expect.any(String) }],
      complete: true,
    });
    expect(second).toEqual({ published: [], complete: true });

    const received = await queue.receive(1);
    expect(received).toHaveLength(1);
    expect(received[0]?.attributes).toMatchObject({ state: 'LT', status: 'withdrawal-pending' });
    expect(await queue.receive(1)).toEqual([]);
    expect(await ports.ledger.get(change.id)).toMatchObject({
      messageIds: [first.published[0]?.messageId],
    });
  });

  it('publishes once when several calls race for the same change', async () => {
    const racing = { ...change, id: `${change.id}#race` };
    const results = await Promise.all(Array.from({ length: 8 }, () => notifyChange(ports, racing)));
    expect(results.flatMap((r) => r.published)).toHaveLength(1);
    expect(await queue.receive(1)).toHaveLength(1);
  });

  it('releases the claim when publishing fails, so a retry publishes', async () => {
    const failing = { ...change, id: `${change.id}#retry` };
    const broken = new SnsNotifier({
      client: local.clients.sns,
      topicArns: [`${local.topicArn}-does-not-exist`],
    });
    await expect(notifyChange({ ...ports, notifier: broken }, failing)).rejects.toThrow();
    expect(await ports.ledger.get(failing.id)).toBeNull();

    expect((await notifyChange(ports, failing)).published).toHaveLength(1);
    expect(await queue.receive(1)).toHaveLength(1);
  });

  it('lists what went out, newest first', async () => {
    ports.clock.advance({ days: 1 });
    const latest = { ...change, id: `${change.id}#latest` };
    await notifyChange(ports, latest);
    const entries = await recentChanges(ports, 2);
    expect(entries.map((e) => e.changeId)).toEqual([latest.id, expect.any(String)]);
  });
});
