import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoSubscriptionStore,
} from '@treatywatch/aws/dynamodb';
import { SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { evaluateState, fixedClock, recordEvents } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHandlerDeps, createApiHandler } from '../../src/api/createApiHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { createTestTable, createTestTopic } from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

const SOURCE = 'https://treaties.un.org/doc/Publication/CN/2025/CN.123.2025-Eng.pdf';

describe('the public API', () => {
  let deps: ApiHandlerDeps;
  let api: ReturnType<typeof createApiHandler>;

  const call = async (
    method: string,
    path: string,
    options: {
      body?: unknown;
      headers?: Record<string, string>;
      query?: Record<string, string>;
    } = {},
  ) => {
    const response = await api(
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
      channel: new SnsSubscriptionChannel(topic),
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

  it('refuses a state that is not a state code, naming the field', async () => {
    const response = await call('GET', '/status/ukraine');
    expect(response.statusCode).toBe(400);
    expect(response.json).toMatchObject({ error: 'invalid-request', issues: [{ field: 'state' }] });
  });

  it('subscribes a phone number and answers 201 with an id, status and manage token', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'sms', endpoint: '+37060000001', states: ['lt'], treaties: ['ottawa'] },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json).toEqual({
      id: expect.stringMatching(/^sub-/),
      status: 'active',
      manageToken: expect.any(String),
    });
  });

  it('subscribes an email address pending confirmation', async () => {
    const response = await call('POST', '/subscriptions', {
      body: { protocol: 'email', endpoint: 'desk@example.org' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json.status).toBe('pending-confirmation');
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
        message: 'unknown field; accepted: protocol, endpoint, states, treaties, statuses',
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
      body: { protocol: 'sms', endpoint: '+37060000002' },
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
      body: { protocol: 'sms', endpoint: '+37060000003' },
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
