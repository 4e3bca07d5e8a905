import {
  CAPACITY_REACHED_MESSAGE,
  MANAGE_TOKEN_HEADER,
  NO_SUBSCRIPTION_LIMITS,
  SIGNATURE_HEADER,
  type SubscriptionCapacityReport,
  signRequest,
} from '@treatywatch/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalStack } from '../src/startLocalStack.js';
import { type StackInTempDir, startStackInTempDir } from './helpers/stackInTempDir.js';
import { NZ_NOTIFIED, postJson as postJsonTo, request, smsLines } from './helpers/stackRequests.js';

const SECRET = 'shards-test-secret';
const START_TIMEOUT_MS = 240_000;
const DELIVERY_TIMEOUT_MS = 90_000;

/** A phone number whose masked form (first five, last two digits) is told apart by `n`. */
const phone = (n: number) => `+155555501${String(n).padStart(2, '0')}`;
const masked = (n: number) => `+1555*****${String(n).padStart(2, '0')}`;

const postJson = (stack: LocalStack, path: string, payload: unknown, signed = false) =>
  postJsonTo(stack.url, path, payload, signed ? SECRET : undefined);
const send = (stack: LocalStack, method: string, path: string, init: RequestInit = {}) =>
  request(stack.url, method, path, init);

async function subscribeSms(stack: LocalStack, n: number, states?: string[]) {
  const requested = await postJson(stack, '/subscriptions', {
    protocol: 'sms',
    endpoint: phone(n),
    ...(states ? { states } : {}),
  });
  expect(requested.status).toBe(202);
  const codeLine = (await smsLines(stack.outboxDir)).find(
    (line) => line.includes(` ${masked(n)} `) && /code: \d{6}/.test(line),
  );
  const code = codeLine?.match(/code: (\d{6})/)?.[1];
  const verified = await postJson(stack, `/subscriptions/${requested.body.id}/verify`, { code });
  expect(verified.status).toBe(200);
}

const subscribeEmail = (stack: LocalStack, n: number) =>
  postJson(stack, '/subscriptions', {
    protocol: 'email',
    endpoint: `reader${n}@example.org`,
    states: ['FI'],
  });

async function capacity(stack: LocalStack): Promise<SubscriptionCapacityReport> {
  const response = await send(stack, 'GET', '/operator/subscriptions', {
    headers: { [SIGNATURE_HEADER]: signRequest('', SECRET) },
  });
  expect(response.status).toBe(200);
  return response.body;
}

describe('the local stack with 4 alert-topic shards of 5 filter policies', () => {
  let running: StackInTempDir | undefined;
  let stack: LocalStack;

  beforeAll(async () => {
    running = await startStackInTempDir('treatywatch-shards-', {
      webhookSecret: SECRET,
      subscriptionLimits: NO_SUBSCRIPTION_LIMITS,
      alertTopicShards: 4,
      filterPoliciesPerTopic: 5,
      sweepIntervalMs: 3_600_000,
    });
    stack = running.stack;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await running?.stop();
  }, 60_000);

  it('describes its shards and quota in the stack file', () => {
    expect(stack.description.topicArns).toHaveLength(4);
    expect(stack.description.topicArn).toBe(stack.description.topicArns[0]);
    expect(stack.description.filterPoliciesPerTopic).toBe(5);
  });

  it(
    'delivers a change once to every matching subscriber across the shards, and to no other',
    async () => {
      for (const n of [1, 2, 3, 4]) await subscribeSms(stack, n, ['NZ']);
      for (const n of [5, 6]) await subscribeSms(stack, n, ['FJ']);
      await subscribeSms(stack, 7);
      const report = await capacity(stack);
      // Every subscription holds a slot, the one to every change too.
      expect(report.filterPolicies.used).toBe(7);
      expect(report.shards.filter((s) => s.filterPolicies > 0).length).toBeGreaterThanOrEqual(3);
      expect(report.byProtocol.sms).toBe(7);

      // A change in legal effect: SMS subscribers without statuses of their own hear of it.
      const recorded = await postJson(stack, '/events', NZ_NOTIFIED, true);
      expect(recorded.status).toBe(201);
      const alerts = async () =>
        (await smsLines(stack.outboxDir)).filter((line) => line.includes('New Zealand'));
      await vi.waitFor(async () => expect(await alerts()).toHaveLength(5), {
        timeout: DELIVERY_TIMEOUT_MS,
        interval: 250,
      });
      // Once, on its own shard: a second look finds nothing more.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const lines = await alerts();
      expect(lines).toHaveLength(5);
      for (const n of [1, 2, 3, 4, 7]) {
        expect(lines.filter((line) => line.includes(` ${masked(n)} `))).toHaveLength(1);
      }
    },
    DELIVERY_TIMEOUT_MS + 60_000,
  );

  it('places filtered subscribers until 20, refuses the 21st with 503, and takes one again after an unsubscription', async () => {
    const tokens: { id: string; token: string }[] = [];
    const used = (await capacity(stack)).filterPolicies.used;
    for (let n = 0; n < 20 - used; n += 1) {
      const response = await subscribeEmail(stack, n);
      expect(response.status).toBe(202);
      tokens.push({ id: response.body.id, token: response.body.manageToken });
    }
    const report = await capacity(stack);
    expect(report.shards.map((s) => s.filterPolicies)).toEqual([5, 5, 5, 5]);
    expect(report.fullShards).toBe(4);

    const refused = await subscribeEmail(stack, 100);
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({ error: 'capacity-reached', message: CAPACITY_REACHED_MESSAGE });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const [first] = tokens;
    if (first === undefined) throw new Error('no subscription to end');
    const ended = await send(stack, 'DELETE', `/subscriptions/${first.id}`, {
      headers: { [MANAGE_TOKEN_HEADER]: first.token },
    });
    expect(ended.status).toBe(204);
    expect((await subscribeEmail(stack, 100)).status).toBe(202);
  });
});
