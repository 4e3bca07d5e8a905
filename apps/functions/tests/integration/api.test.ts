import { Logger } from '@aws-lambda-powertools/logger';
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoRateLimiter,
  DynamoSubscriptionStore,
} from '@treatywatch/aws/dynamodb';
import {
  CAPACITY_REACHED_MESSAGE,
  DEFAULT_SUBSCRIPTION_LIMITS,
  evaluateState,
  fixedClock,
  NO_SUBSCRIPTION_LIMITS,
  recordEvents,
} from '@treatywatch/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiHandlerDeps, createApiHandler } from '../../src/api/createApiHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable, createTestTopic, shardPorts } from '../helpers/localAws.js';
import { RecordedSms } from '../helpers/RecordedSms.js';
import { silentObservability } from '../helpers/silentObservability.js';

const SOURCE = 'https://treaties.un.org/doc/Publication/CN/2025/CN.123.2025-Eng.pdf';

describe('the public API', () => {
  let deps: ApiHandlerDeps & { sms: RecordedSms };
  let api: ReturnType<typeof createApiHandler>;

  const call = async (
    method: string,
    path: string,
    options: {
      body?: unknown;
      headers?: Record<string, string>;
      query?: Record<string, string>;
      sourceIp?: string;
      handler?: ReturnType<typeof createApiHandler>;
    } = {},
  ) => {
    const response = await (options.handler ?? api)(
      httpApiEvent({
        method,
        path,
        ...(options.body === undefined
          ? {}
          : {
              body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
            }),
        headers: options.headers ?? {},
        ...(options.query ? { query: options.query } : {}),
        ...(options.sourceIp ? { sourceIp: options.sourceIp } : {}),
      }),
    );
    const text = response.body ?? '';
    const isJson = String(response.headers?.['content-type'] ?? '').includes('json');
    return { ...response, json: isJson && text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({});
    const clock = fixedClock('2025-07-01T09:00:00Z');
    deps = {
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      ledger: new DynamoNotificationLedger(table),
      subscriptions: new DynamoSubscriptionStore(table),
      ...shardPorts(table, topic),
      sms: new RecordedSms(),
      limiter: new DynamoRateLimiter(table),
      // Most tests come from one address: its limit is tested apart, with its own handler.
      limits: { ...DEFAULT_SUBSCRIPTION_LIMITS, perSourceIp: NO_SUBSCRIPTION_LIMITS.perSourceIp },
      subscriptionKey: async () => 'api-test-subscription-key',
      clock,
      ...silentObservability(),
    };
    await recordEvents(deps, [
      {
        state: 'LT',
        type: 'withdrawal-notified',
        treaty: 'apmbc',
        date: '2025-06-27',
        source: SOURCE,
      },
      {
        state: 'LT',
        type: 'withdrawal-approved',
        treaty: 'apmbc',
        date: '2025-04-16',
        source: SOURCE,
      },
    ]);
    await evaluateState(deps, 'LT');
    api = createApiHandler(deps);
  });

  it('lists every assessment on GET /status', async () => {
    const response = await call('GET', '/status');
    expect(response.statusCode).toBe(200);
    expect(response.json.assessments).toEqual([
      expect.objectContaining({ state: 'LT', treaty: 'apmbc', status: 'withdrawal-pending' }),
    ]);
  });

  it('answers a state timeline with sources on GET /status/{state}', async () => {
    const response = await call('GET', '/status/lt');
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ state: 'LT', name: 'Lithuania' });
    expect(response.json.assessments).toHaveLength(1);
    expect(response.json.events.map((e: { type: string }) => e.type)).toEqual([
      'withdrawal-approved',
      'withdrawal-notified',
    ]);
    expect(response.json.events[0].source).toBe(SOURCE);
  });

  it('answers a browser with the HTML page of the state', async () => {
    const response = await call('GET', '/status/LT', {
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^text\/html/);
  });

  it('serves the calendar with reminders before the pending withdrawal, and refuses bad reminders naming alarms', async () => {
    const calendar = await call('GET', '/calendar.ics', { query: { alarms: '30,7' } });
    expect(calendar.statusCode).toBe(200);
    expect(calendar.body).toContain('UID:LT-apmbc-2025-12-27@treatywatch');
    expect(calendar.body?.match(/BEGIN:VALARM/g)).toHaveLength(2);
    const refused = await call('GET', '/calendar.ics', { query: { alarms: '0,400' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json).toMatchObject({ error: 'invalid-request', issues: [{ field: 'alarms' }] });
  });

  it('refuses a state that is not a state code, naming the field', async () => {
    const response = await call('GET', '/status/ukraine');
    expect(response.statusCode).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid-request', issues: [{ field: 'state' }] });
  });

  it('answers an SMS request 202, pending verification, with no token, and sends one code', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: '+37060000001', states: ['lt'], treaties: ['ottawa'] },
    });
    expect(response.statusCode).toBe(202);
    expect(response.json).toEqual({
      id: expect.stringMatching(/^sub-/),
      status: 'pending-verification',
    });
    expect(deps.sms.sentTo('+37060000001')).toHaveLength(1);
  });

  it('activates an SMS subscription with its code: 200 with the manage token, and a confirming SMS', async () => {
    const phone = '+37060000010';
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: phone },
    });
    const verified = await call('POST', `/subscriptions/${created.json.id}/verify`, {
      body: { code: deps.sms.code(phone) },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json).toEqual({
      id: created.json.id,
      status: 'active',
      manageToken: expect.any(String),
    });
    expect(deps.sms.sentTo(phone).at(-1)?.text).toContain(
      `https://abc123.execute-api.us-east-1.amazonaws.com/manage?id=${created.json.id}&token=`,
    );
  });

  it('answers a wrong code 400, and 410 once five wrong codes voided the subscription', async () => {
    const phone = '+37060000011';
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: phone },
    });
    const code = deps.sms.code(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const path = `/subscriptions/${created.json.id}/verify`;
    const statuses = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await call('POST', path, { body: { code: wrong } })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 410]);
    const late = await call('POST', path, { body: { code } });
    expect(late.statusCode).toBe(410);
    expect(late.json.error).toBe('gone');
  });

  it('changes the filters of a subscription with its manage token', async () => {
    const phone = '+37060000012';
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: phone },
    });
    const { manageToken } = (
      await call('POST', `/subscriptions/${created.json.id}/verify`, {
        body: { code: deps.sms.code(phone) },
      })
    ).json;
    const path = `/subscriptions/${created.json.id}`;
    const refused = await call('PATCH', path, {
      body: { states: ['PL'] },
      headers: { 'x-manage-token': 'x' },
    });
    expect(refused.statusCode).toBe(403);
    const changed = await call('PATCH', path, {
      body: { states: ['pl'], statuses: ['withdrawn'] },
      headers: { 'x-manage-token': manageToken },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json).toEqual({
      id: created.json.id,
      filter: { states: ['PL'], statuses: ['withdrawn'] },
    });
  });

  /** A handler on a table and topic of its own, whose subscribers all filter unless a test says otherwise. */
  const isolatedApi = async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({});
    const ports = shardPorts(table, topic);
    const handler = createApiHandler({
      ...deps,
      subscriptions: new DynamoSubscriptionStore(table),
      limiter: new DynamoRateLimiter(table),
      ...ports,
    });
    return Object.assign(handler, { capacity: ports.capacity });
  };

  it('sends one test alert an hour on POST /subscriptions/{id}/test, with the manage token', async () => {
    const handler = await isolatedApi();
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'tester@example.org', states: ['LT'] },
      handler,
    });
    const path = `/subscriptions/${created.json.id}/test`;
    const refused = await call('POST', path, { headers: { 'x-manage-token': 'wrong' }, handler });
    expect(refused.statusCode).toBe(403);
    const headers = { 'x-manage-token': created.json.manageToken };
    const sent = await call('POST', path, { headers, handler });
    expect(sent.statusCode).toBe(202);
    expect(sent.json).toEqual({ id: created.json.id, status: 'sent' });
    const again = await call('POST', path, { headers, handler });
    expect(again.statusCode).toBe(429);
    expect(again.json.error).toBe('too-many-requests');
    expect(Number(again.headers?.['retry-after'])).toBeGreaterThan(0);
    expect(Number(again.headers?.['retry-after'])).toBeLessThanOrEqual(3_600);
    expect(
      (await call('POST', '/subscriptions/sub-unknown/test', { headers, handler })).statusCode,
    ).toBe(404);
  });

  it('answers 409 and sends nothing while a subscription without a filter policy shares the alert topic', async () => {
    const handler = await isolatedApi();
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'filtered@example.org', states: ['LT'] },
      handler,
    });
    // One made before every subscription had a filter policy: counted on the shard, with no slot.
    await handler.capacity.countSubscription(0, 'email', 1);
    const headers = { 'x-manage-token': created.json.manageToken };
    const refused = await call('POST', `/subscriptions/${created.json.id}/test`, {
      headers,
      handler,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json.error).toBe('test-alert-unavailable');
    const page = await call('POST', '/manage/test', {
      body: `id=${encodeURIComponent(created.json.id)}&token=${encodeURIComponent(created.json.manageToken)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      handler,
    });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('No test alert was sent');
  });

  it('writes no manage token into its logs, from the manage link or the manage forms', async () => {
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'quiet@example.org', states: ['LT'] },
    });
    const { id, manageToken } = created.json;
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    const logged = createApiHandler({
      ...deps,
      logger: new Logger({ serviceName: 'treatywatch-tests', logLevel: 'DEBUG' }),
      metrics: silentObservability().metrics,
    });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = `id=${encodeURIComponent(id)}&token=${encodeURIComponent(manageToken)}`;
    try {
      await call('GET', '/manage', { query: { id, token: manageToken }, handler: logged });
      await call('POST', '/manage', { body: `${body}&states=XX1`, headers: form, handler: logged });
      await call('POST', '/manage/test', { body, headers: form, handler: logged });
      await call('POST', `/subscriptions/${id}/test`, {
        headers: { 'x-manage-token': manageToken },
        handler: logged,
      });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines.join('').length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain(manageToken);
    expect(lines.join('')).not.toContain(encodeURIComponent(manageToken));
  });

  it('subscribes from the form with reminders and a cadence, without JavaScript, and names bad reminders', async () => {
    const form = { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' };
    const created = await call('POST', '/subscriptions', {
      body: 'protocol=email&endpoint=reminded%40example.org&states=PL&reminders=30%2C+7+1&cadence=daily',
      headers: form,
    });
    expect(created.statusCode).toBe(202);
    const link = /\/manage\?id=([^&"]+)&amp;token=([^"#]+)/.exec(created.body ?? '');
    expect(link).not.toBeNull();
    const page = await call('GET', '/manage', {
      query: {
        id: decodeURIComponent(link?.[1] ?? ''),
        token: decodeURIComponent(link?.[2] ?? ''),
      },
    });
    expect(page.body).toContain('name="reminders" value="30, 7, 1"');
    expect(page.body).toContain('id="f-cadence-daily" name="cadence" value="daily" checked');

    const refused = await call('POST', '/subscriptions', {
      body: 'protocol=email&endpoint=refused%40example.org&reminders=30%2C+400&cadence=hourly',
      headers: form,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('href="#f-reminders"');
    expect(refused.body).toContain('href="#f-cadence"');
    expect(refused.body).toContain('name="reminders" value="30, 400"');
  });

  it('shows the manage page at the manage link: preferences, test alert and unsubscribe, never cached or indexed', async () => {
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'manager@example.org', states: ['LT'] },
    });
    const { id, manageToken } = created.json;
    const page = await call('GET', '/manage', { query: { id, token: manageToken } });
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['cache-control']).toBe('no-store');
    expect(page.headers?.['referrer-policy']).toBe('no-referrer');
    expect(page.headers?.['x-robots-tag']).toBe('noindex');
    expect(page.body).toContain('<meta name="robots" content="noindex">');
    expect(page.body).toContain('m***@example.org');
    expect(page.body).not.toContain('manager@example.org');
    expect(page.body).toContain('id="f-states-LT" name="states" value="LT" checked');
    for (const action of ['/manage', '/manage/test', '/unsubscribe']) {
      expect(page.body).toContain(`<form method="post" action="${action}"`);
    }
    const wrong = await call('GET', '/manage', { query: { id, token: 'wrong' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain('m***@example.org');
    expect((await call('GET', '/manage', { query: { id } })).statusCode).toBe(400);
  });

  it('changes the preferences from the manage page without JavaScript, and names a bad field', async () => {
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'form@example.org' },
    });
    const { id, manageToken } = created.json;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = (extra: string) =>
      `id=${encodeURIComponent(id)}&token=${encodeURIComponent(manageToken)}&${extra}`;
    const saved = await call('POST', '/manage', {
      body: body('states=PL&states=UA&statuses=withdrawn'),
      headers: form,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain('Your preferences are saved.');
    expect(saved.body).toContain('value="PL" checked');
    expect(saved.body).toContain('value="withdrawn" checked');
    expect((await deps.subscriptions.get(id))?.filter).toEqual({
      states: ['PL', 'UA'],
      statuses: ['withdrawn'],
    });
    const bad = await call('POST', '/manage', { body: body('states=XX1'), headers: form });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('href="#f-states"');
    expect((await deps.subscriptions.get(id))?.filter).toEqual({
      states: ['PL', 'UA'],
      statuses: ['withdrawn'],
    });
    const scheduled = await call('POST', '/manage', {
      body: body('states=UA&reminders=7%2C+30&cadence=weekly'),
      headers: form,
    });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.body).toContain('name="reminders" value="30, 7"');
    expect((await deps.subscriptions.get(id))?.filter).toEqual({
      states: ['UA'],
      reminders: [30, 7],
      cadence: 'weekly',
    });
    const badSchedule = await call('POST', '/manage', {
      body: body('reminders=30%2C+400&cadence=hourly'),
      headers: form,
    });
    expect(badSchedule.statusCode).toBe(422);
    expect(badSchedule.body).toContain('href="#f-reminders"');
    expect(badSchedule.body).toContain('href="#f-cadence"');
    expect(badSchedule.body).toContain('name="reminders" value="30, 400"');
    expect((await deps.subscriptions.get(id))?.filter).toMatchObject({ cadence: 'weekly' });
    const forged = await call('POST', '/manage', {
      body: `id=${encodeURIComponent(id)}&token=guess&states=LT`,
      headers: form,
    });
    expect(forged.statusCode).toBe(403);
  });

  it('sends a test alert from the manage page once an hour, saying when to try again', async () => {
    const handler = await isolatedApi();
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'button@example.org', states: ['UA'] },
      handler,
    });
    const { id, manageToken } = created.json;
    const request = {
      body: `id=${encodeURIComponent(id)}&token=${encodeURIComponent(manageToken)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      handler,
    };
    const sent = await call('POST', '/manage/test', request);
    expect(sent.statusCode).toBe(202);
    expect(sent.body).toContain('A test alert is on its way');
    const again = await call('POST', '/manage/test', request);
    expect(again.statusCode).toBe(429);
    expect(again.headers?.['retry-after']).toBeDefined();
    expect(again.body).toMatch(/Try again in about \d+ minutes?\./);
  });

  it('answers a second request for a subscribed number like a new one, with nothing to remove the owner’s', async () => {
    const phone = '+37060000013';
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: phone },
    });
    await call('POST', `/subscriptions/${created.json.id}/verify`, {
      body: { code: deps.sms.code(phone) },
    });
    const sent = deps.sms.sentTo(phone).length;
    const second = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: phone },
      sourceIp: '198.51.100.7',
    });
    expect(second.statusCode).toBe(202);
    expect(Object.keys(second.json).sort()).toEqual(['id', 'status']);
    expect(deps.sms.sentTo(phone)).toHaveLength(sent);
    const removal = await call('DELETE', `/subscriptions/${second.json.id}`, {
      query: { token: 'guess' },
    });
    expect(removal.statusCode).toBe(403);
  });

  it('accepts at most the per-IP limit of 1,000 requests from one client, the rest 429 with Retry-After and no 5xx', async () => {
    const limited = createApiHandler({ ...deps, limits: DEFAULT_SUBSCRIPTION_LIMITS });
    const sent = deps.sms.sent.length;
    const statuses: number[] = [];
    const retryAfter = new Set<string>();
    // Fifty at a time, as a client with many connections would send them.
    for (let batch = 0; batch < 1_000; batch += 50) {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          call('POST', '/subscriptions', {
            body: { protocol: 'sms', endpoint: `+3706100${String(batch + i).padStart(4, '0')}` },
            sourceIp: '203.0.113.99',
            handler: limited,
          }),
        ),
      );
      for (const response of responses) {
        statuses.push(response.statusCode ?? 0);
        if (response.statusCode === 429) retryAfter.add(String(response.headers?.['retry-after']));
      }
    }
    expect(statuses.filter((s) => s === 202)).toHaveLength(
      DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests,
    );
    expect(statuses.filter((s) => s === 429)).toHaveLength(
      1_000 - DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests,
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect([...retryAfter].every((value) => Number(value) > 0)).toBe(true);
    expect(deps.sms.sent.length - sent).toBe(DEFAULT_SUBSCRIPTION_LIMITS.perSourceIp.requests);
  }, 240_000);

  it('answers 503 with the capacity message when every shard is full, as JSON and as a page, counted, never a 500', async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({});
    const observability = silentObservability();
    const addMetric = vi.spyOn(observability.metrics, 'addMetric');
    {
      const full = createApiHandler({ ...deps, ...shardPorts(table, topic, 1), ...observability });
      const ask = (endpoint: string, states: string[], headers: Record<string, string> = {}) =>
        call('POST', '/subscriptions', {
          body: { protocol: 'email', endpoint, ...(states.length ? { states } : {}) },
          headers,
          handler: full,
        });
      expect((await ask('first@example.org', ['UA'])).statusCode).toBe(202);
      const refused = await ask('second@example.org', ['PL']);
      expect(refused.statusCode).toBe(503);
      expect(refused.json).toEqual({
        error: 'capacity-reached',
        message: CAPACITY_REACHED_MESSAGE,
      });
      expect(Number(refused.headers?.['retry-after'])).toBeGreaterThan(0);

      const page = await call('POST', '/subscriptions', {
        body: 'protocol=email&endpoint=third%40example.org&states=FI',
        headers: {
          accept: 'text/html',
          'content-type': 'application/x-www-form-urlencoded',
        },
        handler: full,
      });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('Subscriptions are full for now');

      // Every subscription carries a policy: one to every change finds no room either.
      expect((await ask('everything@example.org', [])).statusCode).toBe(503);
    }
    const counted = addMetric.mock.calls.map(([name]) => name);
    expect(counted.filter((name) => name === 'SubscriptionCapacityReached')).toHaveLength(3);
    expect(counted).not.toContain('ServerErrors');
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const response = await call('POST', '/subscriptions', {
      body: JSON.stringify({
        protocol: 'sms',
        endpoint: '+37060000099',
        states: Array(300_000).fill('UA'),
      }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json.error).toBe('payload-too-large');
  });

  it.each([
    [
      '300,000-element arrays',
      () =>
        JSON.stringify({
          protocol: 'sms',
          endpoint: '+37060000098',
          states: Array(300_000).fill(0),
        }),
    ],
    ['deeply nested JSON', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    [
      'a thousand unknown fields',
      () =>
        JSON.stringify(Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`f${i}`, i]))),
    ],
  ])('answers %s with 400 or 413 and a small body, writing nothing', async (_name, body) => {
    const sent = deps.sms.sent.length;
    const response = await call('POST', '/subscriptions', { body: body() });
    expect([400, 413]).toContain(response.statusCode);
    expect((response.body ?? '').length).toBeLessThan(2_000);
    expect(deps.sms.sent.length).toBe(sent);
  });

  it('writes no endpoint into its logs, accepted or refused', async () => {
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    const logged = createApiHandler({
      ...deps,
      logger: new Logger({ serviceName: 'treatywatch-tests', logLevel: 'DEBUG' }),
      metrics: silentObservability().metrics,
    });
    try {
      await call('POST', '/subscriptions', {
        body: { protocol: 'sms', endpoint: '+37069998877' },
        handler: logged,
      });
      await call('POST', '/subscriptions', {
        body: { protocol: 'sms', endpoint: '+0369998877' },
        handler: logged,
      });
      await call('POST', '/subscriptions', {
        body: { protocol: 'email', endpoint: 'private.person@nowhere' },
        handler: logged,
      });
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(lines.join('').length).toBeGreaterThan(0);
    expect(lines.join('')).not.toMatch(/9998877|private\.person/);
  });

  it('subscribes an email address pending confirmation, with its manage token', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'desk@example.org' },
    });
    expect(response.statusCode).toBe(202);
    expect(response.json).toEqual({
      id: expect.any(String),
      status: 'pending-confirmation',
      manageToken: expect.any(String),
    });
  });

  it('names every bad field of a subscription request', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'not-an-address', states: ['XX1'], statuses: ['gone'] },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json.issues.map((i: { field: string }) => i.field.replace(/\[.*$/, ''));
    expect(new Set(fields)).toEqual(new Set(['endpoint', 'states', 'statuses']));
  });

  it('names each unknown field of a subscription request and subscribes nothing', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'desk@example.org', state: ['LT'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json.issues).toEqual([
      {
        field: 'state',
        message:
          'unknown field; accepted: protocol, endpoint, states, treaties, statuses, reminders, cadence',
      },
    ]);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await call('POST', '/subscriptions', { body: '{protocol:' });
    expect(response.statusCode).toBe(400);
    expect(response.json.issues).toEqual([
      { field: '(body)', message: expect.stringContaining('not valid JSON') },
    ]);
  });

  it('unsubscribes with the manage token in the header, then no longer knows the id', async () => {
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'https', endpoint: 'https://hooks.example.org/a' },
    });
    const { id, manageToken } = created.json;
    const path = `/subscriptions/${id}`;

    expect(
      (await call('DELETE', path, { headers: { 'x-manage-token': 'wrong' } })).statusCode,
    ).toBe(403);
    const removed = await call('DELETE', path, { headers: { 'X-Manage-Token': manageToken } });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect(
      (await call('DELETE', path, { headers: { 'x-manage-token': manageToken } })).statusCode,
    ).toBe(404);
  });

  it('accepts the manage token as a query parameter', async () => {
    const created = await call('POST', '/subscriptions', {
      body: { protocol: 'https', endpoint: 'https://hooks.example.org/b' },
    });
    const response = await call('DELETE', `/subscriptions/${created.json.id}`, {
      query: { token: created.json.manageToken },
    });
    expect(response.statusCode).toBe(204);
  });

  it('asks for the token when none is given', async () => {
    const response = await call('DELETE', '/subscriptions/sub-unknown');
    expect(response.statusCode).toBe(400);
    expect(response.json.issues).toEqual([expect.objectContaining({ field: 'token' })]);
  });

  it('answers 404 for an unknown subscription', async () => {
    const response = await call('DELETE', '/subscriptions/sub-unknown', { query: { token: 't' } });
    expect(response.statusCode).toBe(404);
    expect(response.json.error).toBe('not-found');
  });

  it('answers 404 with a JSON error for an unknown route', async () => {
    const response = await call('GET', '/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.json).toEqual({ error: 'not-found', message: 'no route for GET /nowhere' });
  });

  it('answers 405 with the allowed methods for a known path', async () => {
    const response = await call('PUT', '/status');
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe('GET');
  });

  it('answers 500 without detail or stack when a store fails', async () => {
    const failing = createApiHandler({
      ...deps,
      assessments: {
        ...deps.assessments,
        listAll: () => Promise.reject(new Error('connection to 10.0.0.7 refused')),
      } as ApiHandlerDeps['assessments'],
    });
    const response = await failing(httpApiEvent({ method: 'GET', path: '/status' }));
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(response.body ?? '')).toEqual({
      error: 'internal',
      message: 'internal error',
    });
    expect(response.body).not.toMatch(/10\.0\.0\.7|at /);
  });
});
