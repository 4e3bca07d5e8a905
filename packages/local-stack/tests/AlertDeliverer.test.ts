import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type SubscriptionFilter, testAlertMessages } from '@treatywatch/core';
import {
  changeMessages,
  type Digest,
  digestMessages,
  type Reminder,
  reminderMessages,
  type StatusChange,
} from '@treatywatch/rules';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outbox, SMS_LOG } from '../src/subscribers/Outbox.js';
import { type Delivery, startDelivery, type TestSubscriber } from './helpers/startDelivery.js';

/** A period with nothing published: requests are counted over it, never timed. */
const IDLE_MS = 1_000;
const WAKE_UPS = 5;

const change: StatusChange = {
  id: 'UA#apmbc#party>suspension-declared@2025-07-18',
  state: 'UA',
  treaty: 'apmbc',
  previousStatus: 'party',
  status: 'suspension-declared',
  since: '2025-07-18',
  effectiveOn: null,
  explanation: ['Ukraine declared that it suspended the Convention.'],
  sources: ['https://example.org/ua-suspension'],
};

function phone(index: number): string {
  return `+1555${String(index).padStart(7, '0')}`;
}

function subscribers(count: number): TestSubscriber[] {
  return Array.from({ length: count }, (_, index) => ({
    phone: phone(index),
    filter: { states: [index % 2 === 0 ? 'PL' : 'LT'] },
  }));
}

async function smsLines(delivery: Delivery): Promise<string[]> {
  const text = await readFile(join(delivery.outbox.directory, SMS_LOG), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

/** The ids of the subscribers the ledger says received `change`. */
function deliveredTo(delivery: Delivery): string[] {
  return [...delivery.ids.values()].filter((id) => delivery.ledger.has(id, change.id)).sort();
}

function actions(delivery: Delivery): string[] {
  return delivery.requests.map((request) => request.action ?? `${request.method} ${request.path}`);
}

describe('AlertDeliverer', () => {
  const started: Delivery[] = [];
  const start = async (...args: Parameters<typeof startDelivery>) => {
    const delivery = await startDelivery(...args);
    started.push(delivery);
    return delivery;
  };

  afterEach(async () => {
    for (const delivery of started.splice(0)) await delivery.stop();
  });

  it('makes no request while idle, with 200 subscribers as with 2', async () => {
    const idle: Record<number, string[]> = {};
    for (const count of [2, 200]) {
      const delivery = await start(subscribers(count));
      expect(delivery.channel.queues()).toHaveLength(count);
      delivery.deliverer.start();
      await delivery.deliverer.wake();
      delivery.requests.length = 0;
      await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
      idle[count] = actions(delivery);
    }
    expect(idle).toEqual({ 2: [], 200: [] });
  });

  it('asks the emulator once per wake-up when nothing was published, whatever the number of subscribers', async () => {
    const perWakeUps: Record<number, string[]> = {};
    for (const count of [2, 200]) {
      const delivery = await start(subscribers(count));
      delivery.deliverer.start();
      await delivery.deliverer.wake();
      delivery.requests.length = 0;
      for (let i = 0; i < WAKE_UPS; i += 1) await delivery.deliverer.wake();
      perWakeUps[count] = actions(delivery);
    }
    const listings = Array.from({ length: WAKE_UPS }, () => 'GET /_fauxqs/queues');
    expect(perWakeUps).toEqual({ 2: listings, 200: listings });
  });

  it('delivers a publish to exactly the subscribers whose filter policies match, receiving from their queues only', async () => {
    const filters: { expected: boolean; filter?: SubscriptionFilter }[] = [
      { expected: true },
      { expected: true, filter: { states: ['UA'] } },
      { expected: true, filter: { states: ['PL', 'UA'], treaties: ['apmbc'] } },
      { expected: true, filter: { statuses: ['suspension-declared', 'withdrawn'] } },
      { expected: false, filter: { states: ['PL'] } },
      { expected: false, filter: { treaties: ['ccm'] } },
      { expected: false, filter: { states: ['UA'], statuses: ['withdrawn'] } },
    ];
    const all = Array.from({ length: 70 }, (_, index) => ({
      phone: phone(index),
      ...(filters[index % filters.length] as (typeof filters)[number]),
    }));
    const delivery = await start(
      all.map(({ phone, filter }) => ({ phone, ...(filter ? { filter } : {}) })),
    );
    delivery.deliverer.start();
    await delivery.deliverer.wake();
    delivery.requests.length = 0;

    await delivery.notifier.publish(0, change, changeMessages(change));
    // Fan-out is done when Publish is answered: a round that starts now sees every message.
    await delivery.deliverer.wake();

    const matching = all.filter((s) => s.expected).map((s) => delivery.ids.get(s.phone) ?? '');
    expect(matching).toHaveLength(40);
    expect(deliveredTo(delivery)).toEqual(matching.sort());
    expect(await smsLines(delivery)).toHaveLength(40);
    const count = (action: string) => actions(delivery).filter((a) => a === action).length;
    expect(count('ReceiveMessage')).toBe(40);
    expect(count('DeleteMessage')).toBe(40);
    expect(delivery.logged).toEqual([]);
  });

  it('delivers at start what reached the queues while it was stopped', async () => {
    const delivery = await start(subscribers(4));
    await delivery.notifier.publish(0, { ...change, state: 'PL' }, changeMessages(change));
    expect(deliveredTo(delivery)).toEqual([]);

    delivery.deliverer.start();
    await delivery.deliverer.wake();

    const evens = [phone(0), phone(2)].map((p) => delivery.ids.get(p) ?? '');
    expect(deliveredTo(delivery)).toEqual(evens.sort());
  });

  it('retries a failed delivery once its visibility timeout has passed, and delivers it once', async () => {
    const flaky = phone(0);
    let refused = 0;
    const delivery = await start(subscribers(4), {
      outbox: (directory) =>
        new (class extends Outbox {
          override async sms(number: string, text: string): Promise<void> {
            if (number === flaky && refused === 0) {
              refused += 1;
              throw new Error('the SMS gateway refused');
            }
            await super.sms(number, text);
          }
        })({ directory }),
      deliverer: { visibilityTimeoutSeconds: 1 },
    });
    delivery.deliverer.start();
    const id = delivery.ids.get(flaky) ?? '';

    await delivery.notifier.publish(0, { ...change, state: 'PL' }, changeMessages(change));
    await delivery.deliverer.wake();
    expect(refused).toBe(1);
    expect(delivery.ledger.has(id, change.id)).toBe(false);
    expect(delivery.logged).toEqual([expect.stringMatching(/^warn: .*failed \(attempt 1\)/)]);

    // Nothing is published again: the deliverer wakes itself for the retry.
    await vi.waitFor(() => expect(delivery.ledger.has(id, change.id)).toBe(true), {
      timeout: 10_000,
      interval: 100,
    });
    await delivery.deliverer.wake();
    const lines = await smsLines(delivery);
    expect(lines).toHaveLength(2);
    expect(delivery.logged).toHaveLength(1);
  });

  it('gives up on an alert after maxAttempts, then stays idle', async () => {
    const delivery = await start(subscribers(2), {
      outbox: (directory) =>
        new (class extends Outbox {
          override async sms(): Promise<void> {
            throw new Error('the SMS gateway refused');
          }
        })({ directory }),
      deliverer: { visibilityTimeoutSeconds: 1, maxAttempts: 2 },
    });
    delivery.deliverer.start();

    await delivery.notifier.publish(0, { ...change, state: 'PL' }, changeMessages(change));
    await vi.waitFor(
      () => expect(delivery.logged.at(-1)).toMatch(/^error: giving up .* after 2 attempts/),
      { timeout: 10_000, interval: 100 },
    );
    await delivery.deliverer.wake();
    expect(deliveredTo(delivery)).toEqual([]);

    delivery.requests.length = 0;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS + 1_000));
    expect(actions(delivery)).toEqual([]);
    const listing = (await (
      await fetch(`${delivery.emulator.endpoint}/_fauxqs/queues`)
    ).json()) as {
      approximateMessageCount: number;
      approximateInflightCount: number;
    }[];
    expect(listing.map((q) => q.approximateMessageCount + q.approximateInflightCount)).toEqual([
      0, 0,
    ]);
  });

  it('stops only once the delivery in flight is done', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered = false;
    const delivery = await start(subscribers(1), {
      outbox: (directory) =>
        new (class extends Outbox {
          override async sms(number: string, text: string): Promise<void> {
            entered = true;
            await held;
            await super.sms(number, text);
          }
        })({ directory }),
    });
    delivery.deliverer.start();
    await delivery.notifier.publish(0, { ...change, state: 'PL' }, changeMessages(change));
    await vi.waitFor(() => expect(entered).toBe(true));

    let stopped = false;
    const stopping = delivery.deliverer.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(deliveredTo(delivery)).toEqual([delivery.ids.get(phone(0))]);
  });
});

describe('LocalSubscriptionChannel.sendTestAlert', () => {
  const started: Delivery[] = [];
  afterEach(async () => {
    for (const delivery of started.splice(0)) await delivery.stop();
  });

  it('sends an SMS test alert to the addressed subscriber alone', async () => {
    const delivery = await startDelivery([{ phone: phone(1) }, { phone: phone(2) }]);
    started.push(delivery);
    delivery.deliverer.start();
    await delivery.channel.sendTestAlert(
      {
        subscriptionId: 'sub-1',
        channelRef: delivery.ids.get(phone(1)) ?? '',
        shard: 0,
        protocol: 'sms',
      },
      testAlertMessages('sub-1'),
    );
    await delivery.deliverer.wake();
    const lines = await smsLines(delivery);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('+1555*****01');
    expect(lines[0]).toContain('TEST alert');
  });
});

describe('AlertDeliverer: reminders and digests', () => {
  const started: Delivery[] = [];
  afterEach(async () => {
    for (const delivery of started.splice(0)) await delivery.stop();
  });

  const reminder: Reminder = {
    id: 'PL#apmbc#effective@2026-02-20#7d',
    state: 'PL',
    treaty: 'apmbc',
    effectiveOn: '2026-02-20',
    leadDays: 7,
  };
  const digest: Digest = {
    id: 'digest#daily#2026-12-01',
    cadence: 'daily',
    from: '2026-12-01',
    to: '2026-12-01',
    changes: [change],
    upcoming: [],
  };

  it('writes a reminder to the outbox of the subscribers who asked for its lead days, once', async () => {
    const delivery = await startDelivery([
      { phone: phone(1), filter: { reminders: [30, 7] } },
      { phone: phone(2), filter: { reminders: [1] } },
      { phone: phone(3) },
    ]);
    started.push(delivery);
    delivery.deliverer.start();
    await delivery.notifier.publishReminder(0, reminder, reminderMessages(reminder));
    await delivery.deliverer.wake();
    const lines = await smsLines(delivery);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('+1555*****01');
    expect(lines[0]).toContain(
      "Poland's withdrawal from the Ottawa Convention takes effect in 7 days",
    );
    expect(delivery.ledger.has(delivery.ids.get(phone(1)) ?? '', `reminder:${reminder.id}`)).toBe(
      true,
    );
  });

  it('writes a digest to the outbox of the subscribers of its cadence only', async () => {
    const delivery = await startDelivery([
      { phone: phone(1), filter: { cadence: 'daily' } },
      { phone: phone(2), filter: { cadence: 'weekly' } },
      { phone: phone(3) },
    ]);
    started.push(delivery);
    delivery.deliverer.start();
    await delivery.notifier.publishDigest(0, digest, digestMessages(digest));
    await delivery.deliverer.wake();
    const lines = await smsLines(delivery);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('+1555*****01');
    expect(lines[0]).toContain('Treaty Watch daily digest, 1 December 2026: 1 change');
  });

  it('writes a digest to the daily subscribers whose filters any of its changes match, as SNS matches String.Array', async () => {
    const twoChanges: Digest = {
      ...digest,
      id: 'digest#daily#2026-12-02',
      changes: [change, { ...change, id: 'PL#apmbc#x', state: 'PL', status: 'withdrawal-pending' }],
    };
    const delivery = await startDelivery([
      { phone: phone(1), filter: { cadence: 'daily', states: ['PL'] } },
      { phone: phone(2), filter: { cadence: 'daily', states: ['FI'] } },
      { phone: phone(3), filter: { cadence: 'daily', states: ['UA'], statuses: ['withdrawn'] } },
      { phone: phone(4), filter: { cadence: 'daily', statuses: ['withdrawal-pending'] } },
    ]);
    started.push(delivery);
    delivery.deliverer.start();
    await delivery.notifier.publishDigest(0, twoChanges, digestMessages(twoChanges));
    await delivery.deliverer.wake();
    const lines = await smsLines(delivery);
    expect(lines.map((line) => line.split(' ')[1]).sort()).toEqual([
      '+1555*****01',
      '+1555*****04',
    ]);
  });
});
