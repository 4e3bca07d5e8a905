import type { FixedClock } from '@treatywatch/core';
import {
  dailySweep,
  evaluateState,
  notifyChange,
  type Ports,
  recordEvents,
  type SubscriptionFilter,
} from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { filterPolicyFor } from '../../src/sns/index.js';
import { localPorts } from '../helpers/localPorts.js';
import { type ReceivedNotification, subscribeQueue } from '../helpers/subscriberQueue.js';

type Queue = Awaited<ReturnType<typeof subscribeQueue>>;
type LocalPorts = Ports & { clock: FixedClock };

const source = 'https://example.org/source';
const plNotified = {
  id: 'pl-apmbc-notified-2025-08-20',
  state: 'PL',
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-08-20',
  source,
};

/** Records facts on `day` and does what the event stream does: evaluation, then alerts. */
async function record(ports: LocalPorts, day: string, events: object[]): Promise<void> {
  ports.clock.set(`${day}T09:00:00Z`);
  await recordEvents(ports, events);
  for (const state of new Set(events.map((e) => (e as { state: string }).state))) {
    for (const change of (await evaluateState(ports, state)).changes) {
      await notifyChange(ports, change);
    }
  }
}

async function sweepOn(ports: LocalPorts, day: string) {
  ports.clock.set(`${day}T00:05:00Z`);
  return dailySweep(ports);
}

/** Everything a queue holds now (several receives: fauxqs hands out at most 10 at a time). */
async function drain(queue: Queue): Promise<ReceivedNotification[]> {
  const all: ReceivedNotification[] = [];
  for (;;) {
    const batch = await queue.receive(all.length === 0 ? 1 : 0);
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** A fresh table and topic, with one subscriber queue per filter (the real filter policies). */
async function setUp(prefix: string, filters: Record<string, SubscriptionFilter>) {
  const local = await localPorts(prefix);
  const queues: Record<string, Queue> = {};
  for (const [name, filter] of Object.entries(filters)) {
    queues[name] = await subscribeQueue(
      local.clients,
      local.topicArn,
      filterPolicyFor(filter, `sub-${name}`),
    );
  }
  return { ports: local.ports as LocalPorts, queues };
}

describe('countdown reminders through the due index, the ledger and SNS filter policies', () => {
  it('reach a subscriber who asked for 7 days once, with state, treaty and date, and no one else', async () => {
    const { ports, queues } = await setUp('remind', {
      sevenDays: { reminders: [30, 7, 1] },
      none: {},
      otherState: { states: ['FI'], reminders: [7] },
    });
    await record(ports, '2026-01-15', [plNotified]);
    await Promise.all(Object.values(queues).map(drain));

    const result = await sweepOn(ports, '2026-02-13');
    expect(result.reminders.map((r) => r.id)).toEqual(['PL#apmbc#effective@2026-02-20#7d']);
    const received = await drain(queues.sevenDays as Queue);
    expect(received).toHaveLength(1);
    expect(received[0]?.attributes).toMatchObject({ kind: 'reminder', leadDays: '7', state: 'PL' });
    expect(received[0]?.subject).toBe(
      'Poland: withdrawal from the Ottawa Convention takes effect in 7 days',
    );
    expect(await drain(queues.none as Queue)).toEqual([]);
    expect(await drain(queues.otherState as Queue)).toEqual([]);

    // A re-run of the same day's sweep sends nothing twice; the next day's lead (6) is not asked for.
    await sweepOn(ports, '2026-02-13');
    await sweepOn(ports, '2026-02-14');
    expect(await drain(queues.sevenDays as Queue)).toEqual([]);
  });

  it('send none once a retraction cancelled the withdrawal before the reminder day', async () => {
    const { ports, queues } = await setUp('remind-retracted', { sevenDays: { reminders: [7] } });
    await record(ports, '2026-01-15', [plNotified]);
    await record(ports, '2026-02-01', [
      {
        id: 'pl-retract',
        state: 'PL',
        type: 'event-retracted',
        retracts: plNotified.id,
        date: '2026-02-01',
        source,
      },
    ]);
    await drain(queues.sevenDays as Queue); // the alerts of the changes, as they happened
    expect((await sweepOn(ports, '2026-02-13')).reminders).toEqual([]);
    expect(await drain(queues.sevenDays as Queue)).toEqual([]);
  });

  it('send none for the old date once an armed conflict would suspend the withdrawal', async () => {
    const { ports, queues } = await setUp('remind-conflict', { sevenDays: { reminders: [7] } });
    await record(ports, '2026-01-15', [plNotified]);
    await record(ports, '2026-02-01', [
      { id: 'pl-conflict', state: 'PL', type: 'armed-conflict-began', date: '2026-02-01', source },
    ]);
    await drain(queues.sevenDays as Queue); // the alerts of the changes, as they happened
    expect((await sweepOn(ports, '2026-02-13')).reminders).toEqual([]);
    expect(await drain(queues.sevenDays as Queue)).toEqual([]);
  });
});

describe('digests through the ledger and SNS filter policies', () => {
  const announced = (state: string) => ({
    id: `${state.toLowerCase()}-apmbc-announced`,
    state,
    type: 'withdrawal-announced',
    treaty: 'apmbc',
    date: '2026-11-30',
    source,
  });

  it('reach a daily subscriber once for a day with three changes, and not for a day without; an immediate subscriber gets three alerts', async () => {
    const { ports, queues } = await setUp('digest', {
      daily: { cadence: 'daily' },
      weekly: { cadence: 'weekly' },
      immediate: {},
    });
    await record(ports, '2026-11-30', [announced('FI'), announced('EE'), announced('LV')]);
    expect((await drain(queues.immediate as Queue)).map((r) => r.attributes.kind)).toEqual([
      'change',
      'change',
      'change',
    ]);
    expect(await drain(queues.daily as Queue)).toEqual([]);

    await sweepOn(ports, '2026-12-01');
    await sweepOn(ports, '2026-12-01');
    const digests = await drain(queues.daily as Queue);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('Treaty Watch daily digest, 30 November 2026: 3 changes');
    expect(digests[0]?.attributes).toMatchObject({ kind: 'digest', cadence: 'daily' });
    expect(JSON.parse(digests[0]?.attributes.state ?? '[]').sort()).toEqual(['EE', 'FI', 'LV']);
    expect(await drain(queues.weekly as Queue)).toEqual([]);
    expect(await drain(queues.immediate as Queue)).toEqual([]);

    await sweepOn(ports, '2026-12-02');
    expect(await drain(queues.daily as Queue)).toEqual([]);
  });
});
