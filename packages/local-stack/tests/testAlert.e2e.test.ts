import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANAGE_TOKEN_HEADER, NO_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalStack } from '../src/startLocalStack.js';
import { confirmationLink } from './helpers/confirmationLink.js';
import { type StackInTempDir, startStackInTempDir } from './helpers/stackInTempDir.js';

const START_TIMEOUT_MS = 240_000;
const DELIVERY_TIMEOUT_MS = 90_000;
const READERS = ['first@example.org', 'second@example.org'];

/** The outbox's emails to `to` whose text holds `marker`. */
async function emailsTo(outbox: string, to: string, marker: string): Promise<string[]> {
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((n) =>
    n.endsWith('.eml'),
  );
  const texts = await Promise.all(names.map((name) => readFile(join(outbox, name), 'utf8')));
  return texts.filter((text) => text.includes(`To: ${to}`) && text.includes(marker));
}

describe('a test alert on the local stack', () => {
  let running: StackInTempDir | undefined;
  let stack: LocalStack;

  beforeAll(async () => {
    // One alert topic: both subscribers share it, so only the filter policies keep them apart.
    running = await startStackInTempDir('treatywatch-test-alert-', {
      webhookSecret: 'test-alert-secret',
      subscriptionLimits: NO_SUBSCRIPTION_LIMITS,
      alertTopicShards: 1,
      sweepIntervalMs: 3_600_000,
    });
    stack = running.stack;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await running?.stop();
  }, 60_000);

  it(
    'reaches exactly the one of two email subscribers on the same alert topic it was sent to',
    async () => {
      const subscriptions: { id: string; manageToken: string }[] = [];
      for (const [index, endpoint] of READERS.entries()) {
        const response = await fetch(`${stack.url}/subscriptions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            protocol: 'email',
            endpoint,
            ...(index === 0 ? { states: ['NZ'] } : {}),
          }),
        });
        expect(response.status).toBe(202);
        subscriptions.push((await response.json()) as { id: string; manageToken: string });
        const confirmed = await fetch(await confirmationLink(stack.outboxDir, endpoint));
        expect(confirmed.status).toBe(200);
      }
      const [first] = subscriptions;
      if (first === undefined) throw new Error('no subscription');
      const sent = await fetch(`${stack.url}/subscriptions/${first.id}/test`, {
        method: 'POST',
        headers: { [MANAGE_TOKEN_HEADER]: first.manageToken },
      });
      expect(sent.status).toBe(202);

      await vi.waitFor(
        async () =>
          expect(await emailsTo(stack.outboxDir, 'first@example.org', 'TEST ALERT')).toHaveLength(
            1,
          ),
        { timeout: DELIVERY_TIMEOUT_MS, interval: 250 },
      );
      // The emulator fanned the message out when Publish was answered: a second look finds no more.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await emailsTo(stack.outboxDir, 'first@example.org', 'TEST ALERT')).toHaveLength(1);
      expect(await emailsTo(stack.outboxDir, 'second@example.org', 'TEST ALERT')).toEqual([]);
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );
});
