import { describe, expect, it } from 'vitest';
import { dailySweep } from '../../src/dailySweep.js';
import { evaluateState } from '../../src/evaluateState.js';
import { notifyChange } from '../../src/notifyChange.js';
import { recordEvents } from '../../src/recordEvents.js';
import { type InMemoryPorts, inMemoryPorts } from '../../src/testing/index.js';

const source = 'https://example.org/source';
const plNotified = {
  id: 'pl-apmbc-notified-2025-08-20',
  state: 'PL',
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-08-20',
  source,
};

/** Poland's notice recorded and evaluated on `day` (as the event stream does). */
async function polandPending(day: string, shardCount = 2): Promise<InMemoryPorts> {
  const ports = inMemoryPorts(`${day}T09:00:00Z`, { shardCount });
  await recordEvents(ports, plNotified);
  for (const change of (await evaluateState(ports, 'PL')).changes) {
    await notifyChange(ports, change);
  }
  return ports;
}

/** Records facts on `day` and runs what the event stream runs: evaluation and alerts. */
async function record(ports: InMemoryPorts, day: string, events: object[]) {
  ports.clock.set(`${day}T09:00:00Z`);
  await recordEvents(ports, events);
  for (const state of new Set(events.map((e) => (e as { state: string }).state))) {
    for (const change of (await evaluateState(ports, state)).changes) {
      await notifyChange(ports, change);
    }
  }
}

/** The daily sweep at 00:05 UTC on `day`. */
async function sweepOn(ports: InMemoryPorts, day: string) {
  ports.clock.set(`${day}T00:05:00Z`);
  return dailySweep(ports);
}

describe('dailySweep: countdown reminders', () => {
  it('publishes one reminder on every shard with the days left, naming state, treaty and date', async () => {
    const ports = await polandPending('2026-01-15');
    const result = await sweepOn(ports, '2026-02-13');
    expect(result.reminders.map((r) => r.id)).toEqual(['PL#apmbc#effective@2026-02-20#7d']);
    expect(ports.notifier.reminders.map((r) => [r.shard, r.message.leadDays])).toEqual([
      [0, 7],
      [1, 7],
    ]);
    expect(ports.notifier.reminders[0]?.messages.email).toContain(
      "Poland's withdrawal from the Ottawa Convention takes effect in 7 days, on 20 February 2026.",
    );
  });

  it('sends nothing twice when the sweep runs again or restarts after a failure', async () => {
    const ports = await polandPending('2026-01-15');
    ports.notifier.failNext(new Error('topic refused'), 1);
    await expect(sweepOn(ports, '2026-02-13')).rejects.toThrow('topic refused');
    expect(ports.notifier.reminders.map((r) => r.shard)).toEqual([0]);
    await sweepOn(ports, '2026-02-13');
    await sweepOn(ports, '2026-02-13');
    expect(ports.notifier.reminders.map((r) => r.shard)).toEqual([0, 1]);
  });

  it('sends one a day, each with its own lead days, until the day before', async () => {
    const ports = await polandPending('2026-01-15', 1);
    for (const day of ['2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21']) {
      await sweepOn(ports, day);
    }
    expect(ports.notifier.reminders.map((r) => r.message.leadDays)).toEqual([3, 2, 1]);
    expect((await ports.assessments.get('PL', 'apmbc'))?.status).toBe('withdrawn');
  });

  it('sends none once a retraction cancelled the withdrawal before the reminder day', async () => {
    const ports = await polandPending('2026-01-15');
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
    const result = await sweepOn(ports, '2026-02-13');
    expect(result.reminders).toEqual([]);
    expect(ports.notifier.reminders).toEqual([]);
  });

  it('sends none for the old date once an armed conflict would suspend the withdrawal', async () => {
    const ports = await polandPending('2026-01-15');
    await record(ports, '2026-02-01', [
      { id: 'pl-conflict', state: 'PL', type: 'armed-conflict-began', date: '2026-02-01', source },
    ]);
    await sweepOn(ports, '2026-02-13');
    expect(ports.notifier.reminders).toEqual([]);
  });

  it('follows a corrected date: reminders count down to the new one', async () => {
    const ports = await polandPending('2026-01-15', 1);
    await record(ports, '2026-02-01', [
      {
        id: 'pl-retract',
        state: 'PL',
        type: 'event-retracted',
        retracts: plNotified.id,
        date: '2026-02-01',
        source,
      },
      { ...plNotified, id: 'pl-apmbc-notified-2025-08-27', date: '2025-08-27' },
    ]);
    await sweepOn(ports, '2026-02-13');
    expect(ports.notifier.reminders.map((r) => r.message.id)).toEqual([
      'PL#apmbc#effective@2026-02-27#14d',
    ]);
  });
});

describe('dailySweep: digests', () => {
  const announced = (state: string, date = '2026-11-30') => ({
    id: `${state.toLowerCase()}-apmbc-announced`,
    state,
    type: 'withdrawal-announced',
    treaty: 'apmbc',
    date,
    source,
  });

  it('sends the daily digest of the previous day with its three changes, once, and none for an empty day', async () => {
    const ports = inMemoryPorts('2026-11-30T09:00:00Z', { shardCount: 2 });
    await record(ports, '2026-11-30', [announced('FI'), announced('EE'), announced('LV')]);
    expect(ports.notifier.published).toHaveLength(6);

    const first = await sweepOn(ports, '2026-12-01');
    expect(first.digests.map((d) => [d.id, d.changes.length])).toEqual([
      ['digest#daily#2026-11-30', 3],
    ]);
    expect(ports.notifier.digests.map((d) => d.shard)).toEqual([0, 1]);
    expect(ports.notifier.digests[0]?.messages.subject).toBe(
      'Treaty Watch daily digest, 30 November 2026: 3 changes',
    );
    await sweepOn(ports, '2026-12-01');
    expect(ports.notifier.digests).toHaveLength(2);

    const empty = await sweepOn(ports, '2026-12-02');
    expect(empty.digests).toEqual([]);
    expect(ports.notifier.digests).toHaveLength(2);
  });

  it('sends the weekly digest of Monday to Sunday on Mondays', async () => {
    const ports = inMemoryPorts('2026-11-24T09:00:00Z', { shardCount: 1 });
    await record(ports, '2026-11-24', [announced('FI', '2026-11-24')]);
    await record(ports, '2026-11-29', [announced('EE', '2026-11-29')]);
    const monday = await sweepOn(ports, '2026-11-30');
    expect(monday.digests.map((d) => [d.cadence, d.from, d.to, d.changes.length])).toEqual([
      ['daily', '2026-11-29', '2026-11-29', 1],
      ['weekly', '2026-11-23', '2026-11-29', 2],
    ]);
  });

  it('lists the effective dates to come', async () => {
    const ports = await polandPending('2026-01-15', 1);
    await record(ports, '2026-02-12', [announced('FI', '2026-02-12')]);
    const result = await sweepOn(ports, '2026-02-13');
    expect(result.digests[0]?.upcoming).toEqual([
      { state: 'PL', treaty: 'apmbc', effectiveOn: '2026-02-20' },
    ]);
    expect(ports.notifier.digests[0]?.messages.email).toContain(
      '- Poland, Ottawa Convention: 20 February 2026',
    );
  });
});
