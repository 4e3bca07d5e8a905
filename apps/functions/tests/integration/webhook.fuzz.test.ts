import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { fixedClock, signRequest } from '@treatywatch/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_REQUEST, MAX_WEBHOOK_BODY_BYTES } from '../../src/constants.js';
import { createWebhookHandler } from '../../src/webhook/createWebhookHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import {
  createTestTable,
  createTestTopic,
  shardPorts,
  type TestTable,
} from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

const SECRETS = ['current-secret', 'previous-secret'];
const NOW = '2026-01-28T09:00:00Z';
const clock = fixedClock(NOW);
const now = new Date(NOW);

const validEvent = fc.record({
  state: fc.constantFrom('LT', 'LV', 'EE', 'FI', 'PL', 'UA'),
  type: fc.constant('withdrawal-announced'),
  treaty: fc.constantFrom('apmbc', 'ccm', 'ottawa'),
  date: fc.constantFrom('2025-03-18', '2025-06-29'),
  source: fc.constant('https://example.org/source'),
});

/** Bodies the webhook must refuse even when correctly signed. */
const invalidBody = fc.oneof(
  fc.string().filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .tuple(fc.array(validEvent, { maxLength: 5 }), fc.dictionary(fc.string(), fc.jsonValue()))
    .map(([valid, broken]) => JSON.stringify([...valid, broken])),
  fc
    .tuple(validEvent, fc.constantFrom('state', 'type', 'date', 'source'), fc.jsonValue())
    .filter(([, , value]) => typeof value !== 'string')
    .map(([event, field, value]) => JSON.stringify({ ...event, [field]: value })),
  fc
    .tuple(validEvent, fc.constantFrom('date', 'source', 'state', 'treaty', 'type'))
    .map(([event, field]) => JSON.stringify({ ...event, [field]: 'not-valid' })),
  fc
    .array(validEvent, {
      minLength: MAX_EVENTS_PER_REQUEST + 1,
      maxLength: MAX_EVENTS_PER_REQUEST + 5,
    })
    .map((events) => JSON.stringify(events)),
);

const anyBody = fc.oneof(
  validEvent.map((e) => JSON.stringify(e)),
  invalidBody,
);

/** A malformed request and the status and error code it must be answered with. */
interface Case {
  readonly label: string;
  readonly event: APIGatewayProxyEventV2;
  readonly status: readonly number[];
  readonly errors: readonly string[];
}

const request = (
  body: string,
  signature: string | undefined,
  base64: boolean,
  method = 'POST',
  path = '/events',
): APIGatewayProxyEventV2 =>
  httpApiEvent({
    method,
    path,
    body,
    base64,
    headers: {
      'content-type': 'application/json',
      ...(signature === undefined ? {} : { 'X-TreatyWatch-Signature': signature }),
    },
  });

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(anyBody, fc.boolean()).map(([body, b64]) => ({
    label: 'unsigned',
    event: request(body, undefined, b64),
    status: [401],
    errors: ['missing-signature'],
  })),
  fc
    .tuple(
      anyBody,
      fc.string({ minLength: 1 }).filter((s) => !SECRETS.includes(s)),
      fc.boolean(),
    )
    .map(([body, secret, b64]) => ({
      label: 'wrongly signed',
      event: request(body, signRequest(body, secret, now), b64),
      status: [401],
      errors: ['invalid-signature'],
    })),
  fc
    .tuple(
      anyBody,
      fc.integer({ min: 301, max: 10_000_000 }),
      fc.boolean(),
      fc.constantFrom(...SECRETS),
      fc.boolean(),
    )
    .map(([body, seconds, past, secret, b64]) => ({
      label: 'stale',
      event: request(
        body,
        signRequest(body, secret, new Date(now.getTime() + (past ? -seconds : seconds) * 1000)),
        b64,
      ),
      status: [401],
      errors: ['stale-signature'],
    })),
  fc.tuple(anyBody, fc.string(), fc.boolean()).map(([body, header, b64]) => ({
    label: 'malformed signature',
    event: request(body, header, b64),
    status: [401],
    errors: ['malformed-signature', 'missing-signature'],
  })),
  fc.tuple(validEvent, fc.string({ minLength: 1 }), fc.boolean()).map(([event, extra, b64]) => {
    const body = JSON.stringify(event);
    return {
      label: 'tampered',
      event: request(`${body}${extra}`, signRequest(body, SECRETS[0] as string, now), b64),
      status: [401],
      errors: ['invalid-signature'],
    };
  }),
  fc.tuple(fc.integer({ min: 1, max: 64 * 1024 }), fc.boolean()).map(([excess, b64]) => {
    const body = `[${' '.repeat(MAX_WEBHOOK_BODY_BYTES + excess - 2)}]`;
    return {
      label: 'oversized',
      event: request(body, signRequest(body, SECRETS[0] as string, now), b64),
      status: [413],
      errors: ['payload-too-large'],
    };
  }),
  fc.tuple(invalidBody, fc.constantFrom(...SECRETS), fc.boolean()).map(([body, secret, b64]) => ({
    label: 'signed, invalid body',
    event: request(body, signRequest(body, secret, now), b64),
    status: [400],
    errors: ['invalid-request'],
  })),
  fc
    .tuple(
      fc.oneof(
        fc.constant('[1]'),
        fc.constant('"UA"'),
        fc.constant('{"state":42}'),
        fc.constant('{"state":"Ukraine"}'),
        fc.constant('not json'),
        fc
          .dictionary(
            fc.string().filter((k) => k !== 'state'),
            fc.jsonValue(),
            { minKeys: 1 },
          )
          .map((o) => JSON.stringify(o)),
      ),
      fc.boolean(),
    )
    .map(([body, b64]) => ({
      label: 'signed, invalid evaluate body',
      event: request(body, signRequest(body, SECRETS[1] as string, now), b64, 'POST', '/evaluate'),
      status: [400],
      errors: ['invalid-request'],
    })),
  fc
    .tuple(
      fc.webPath().filter((p) => !['/events', '/evaluate'].includes(p.replace(/\/$/, ''))),
      anyBody,
    )
    .map(([path, body]) => ({
      label: 'signed, unknown route',
      event: request(
        body,
        signRequest(body, SECRETS[0] as string, now),
        false,
        'POST',
        path || '/',
      ),
      status: [404],
      errors: ['not-found'],
    })),
  fc
    .tuple(
      fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH'),
      fc.constantFrom('/events', '/evaluate'),
    )
    .map(([method, path]) => ({
      label: 'signed, wrong method',
      event: request('', signRequest('', SECRETS[0] as string, now), false, method, path),
      status: [405],
      errors: ['method-not-allowed'],
    })),
);

describe('the webhook under malformed requests', () => {
  let table: TestTable;
  let webhook: ReturnType<typeof createWebhookHandler>;

  beforeAll(async () => {
    table = await createTestTable();
    webhook = createWebhookHandler({
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      ...shardPorts(table, await createTestTopic({})),
      clock,
      secrets: async () => SECRETS,
      ...silentObservability(),
    });
  });

  it('answers every one with the 4xx that names the problem and writes nothing', async () => {
    const before = await table.itemCount();
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        seen.set(c.label, (seen.get(c.label) ?? 0) + 1);
        const response = await webhook(c.event);
        const body = JSON.parse(response.body ?? '');
        expect(response.statusCode, `${c.label}: ${response.body}`).toBeLessThan(500);
        expect(c.status, `${c.label}: ${response.body}`).toContain(response.statusCode);
        expect(c.errors).toContain(body.error);
        expect(body.message).toEqual(expect.any(String));
        expect(body.message.length).toBeGreaterThan(0);
        if (response.statusCode === 400) {
          expect(body.issues.length).toBeGreaterThan(0);
          for (const issue of body.issues) {
            expect(issue).toMatchObject({ field: expect.any(String), message: expect.any(String) });
          }
        }
        if (response.statusCode === 401) expect(body.message).toMatch(/X-TreatyWatch-Signature/);
      }),
      { numRuns: 1_200 },
    );
    expect(await table.itemCount()).toBe(before);
    // Every kind of malformed request was tried, many times over.
    expect(seen.size).toBe(10);
    for (const count of seen.values()) expect(count).toBeGreaterThan(50);
  });
});
