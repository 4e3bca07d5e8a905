import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { addDays, addPeriod, daysBetween, todayUtc } from '@treatywatch/rules';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalStack } from '../src/startLocalStack.js';
import { confirmationLink } from './helpers/confirmationLink.js';
import { type StackInTempDir, startStackInTempDir } from './helpers/stackInTempDir.js';
import { postJson } from './helpers/stackRequests.js';

const START_TIMEOUT_MS = 240_000;
const DELIVERY_TIMEOUT_MS = 90_000;
const SECRET = 'reminders-secret';
const REMINDER = 'takes effect in';

/** The outbox's emails to `to` whose text holds `marker`. */
async function emailsTo(outbox: string, to: string, marker: string): Promise<string[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.eml'),
  );
  const texts = await Promise.all(names.map((name) => readFile(join(outbox, name), 'utf8')));
  return texts.filter((text) => text.includes(`To: ${to}`) && text.includes(marker));
}

/** A notification day whose six months (the Ottawa Convention's notice) end 2 to 31 days from today. */
function notifiedSoonToTakeEffect(today: string): { notified: string; effectiveOn: string } {
  for (let back = 150; back < 200; back += 1) {
    const notified = addDays(today, -back);
    const effectiveOn = addPeriod(notified, { amount: 6, unit: 'months' });
    const lead = daysBetween(today, effectiveOn);
    if (lead >= 2 && lead <= 31) return { notified, effectiveOn };
  }
  throw new Error('no notification day found');
}

describe('countdown reminders on the local stack', () => {
  let running: StackInTempDir | undefined;
  let stack: LocalStack;

  beforeAll(async () => {
    running = await startStackInTempDir('treatywatch-reminders-', {
      webhookSecret: SECRET,
      subscriptionLimits: NO_SUBSCRIPTION_LIMITS,
      alertTopicShards: 2,
      // The sweep's clock, fast: every run on the same day must send nothing twice.
      sweepIntervalMs: 1_000,
    });
    stack = running.stack;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await running?.stop();
  }, 60_000);

  it(
    'reach the outbox of the subscriber who asked for that many days, once, and of no one else',
    async () => {
      const today = todayUtc();
      const { notified, effectiveOn } = notifiedSoonToTakeEffect(today);
      const lead = daysBetween(today, effectiveOn);
      for (const [endpoint, preferences] of [
        ['reminded@example.org', { states: ['NZ'], reminders: [lead] }],
        ['not-reminded@example.org', { states: ['NZ'] }],
      ] as const) {
        const answer = await postJson(stack.url, '/subscriptions', {
          protocol: 'email',
          endpoint,
          ...preferences,
        });
        expect(answer.status).toBe(202);
        const confirmed = await fetch(await confirmationLink(stack.outboxDir, endpoint));
        expect(confirmed.status).toBe(200);
      }
      const recorded = await postJson(
        stack.url,
        '/events',
        {
          state: 'NZ',
          type: 'withdrawal-notified',
          treaty: 'apmbc',
          date: notified,
          source: 'https://example.org/nz-notified',
        },
        SECRET,
      );
      expect(recorded.status).toBe(201);

      await vi.waitFor(
        async () =>
          expect(await emailsTo(stack.outboxDir, 'reminded@example.org', REMINDER)).toHaveLength(1),
        { timeout: DELIVERY_TIMEOUT_MS, interval: 250 },
      );
      const [reminder] = await emailsTo(stack.outboxDir, 'reminded@example.org', REMINDER);
      expect(reminder).toContain(
        `New Zealand's withdrawal from the Ottawa Convention takes effect in ${lead} days`,
      );
      // More sweeps on the same day, on two shards: still one reminder, and none for the other.
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      expect(await emailsTo(stack.outboxDir, 'reminded@example.org', REMINDER)).toHaveLength(1);
      expect(await emailsTo(stack.outboxDir, 'not-reminded@example.org', REMINDER)).toEqual([]);
      // The immediate alert of the change reached both.
      expect(
        await emailsTo(stack.outboxDir, 'not-reminded@example.org', 'New Zealand'),
      ).toHaveLength(1);
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );
});
