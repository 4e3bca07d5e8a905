import {
  evaluateAll,
  evaluateState,
  InvalidInputError,
  NO_SUBSCRIPTION_LIMITS,
  notifyChange,
  type Ports,
  recentChanges,
  recordEvents,
  requestSubscription,
  stateHistory,
  sweepDue,
  unsubscribe,
} from '@treatywatch/core';
import { RecordingSmsSender } from '@treatywatch/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoRateLimiter } from '../../src/dynamodb/index.js';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';
import { subscribeQueue } from '../helpers/subscriberQueue.js';
import { countItems } from '../helpers/testTable.js';

let ports: Ports;
let local: Awaited<ReturnType<typeof localPorts>>;
let queue: Awaited<ReturnType<typeof subscribeQueue>>;

beforeAll(async () => {
  local = await localPorts('invalid');
  ports = local.ports;
  queue = await subscribeQueue(local.clients, local.topicArn, null);
  await recordEvents(ports, rawEvent.ltNotified);
});

const ip = { sourceIp: '203.0.113.9' };
const subscriptionDeps = () => ({
  ...ports,
  sms: new RecordingSmsSender(),
  limiter: new DynamoRateLimiter({ client: local.clients.document, tableName: local.tableName }),
  limits: NO_SUBSCRIPTION_LIMITS,
  key: 'integration-test-key',
});

const cases: [string, () => Promise<unknown>, RegExp][] = [
  [
    'recordEvents with an event missing its source',
    () => recordEvents(ports, { ...rawEvent.uaDecree, source: undefined }),
    /source/,
  ],
  ['recordEvents with nothing', () => recordEvents(ports, []), /at least one event/],
  ['recordEvents with a string', () => recordEvents(ports, 'UA withdrew'), /\S/],
  [
    'evaluateState with a state name',
    () => evaluateState(ports, 'Lithuania'),
    /state: must be an ISO 3166-1 alpha-2/,
  ],
  [
    'evaluateState with a day that does not exist',
    () => evaluateState(ports, 'LT', '2025-02-30'),
    /asOf: must be a real date/,
  ],
  ['evaluateAll with a bad date', () => evaluateAll(ports, '27/12/2025'), /asOf/],
  ['sweepDue with a bad date', () => sweepDue(ports, '2025-12-27T00:00:00Z'), /asOf/],
  [
    'notifyChange with an empty object',
    () => notifyChange(ports, {} as never),
    /id: must be a non-empty string/,
  ],
  [
    'requestSubscription with an unknown protocol',
    () => requestSubscription(subscriptionDeps(), { protocol: 'fax', endpoint: '+4412345678' }, ip),
    /protocol: must be one of email, sms, https/,
  ],
  [
    'requestSubscription with an unknown treaty',
    () =>
      requestSubscription(
        subscriptionDeps(),
        { protocol: 'email', endpoint: 'a@example.org', treaties: ['nato'] },
        ip,
      ),
    /treaties\[0\]: must be a treaty id/,
  ],
  [
    'unsubscribe without a token',
    () => unsubscribe(ports, { id: 'sub-1', token: '' }),
    /token: is required/,
  ],
  ['stateHistory with a bad state', () => stateHistory(ports, 'XX1'), /state/],
  [
    'recentChanges with a zero limit',
    () => recentChanges(ports, 0),
    /limit: must be a whole number/,
  ],
];

describe('every use case, given bad input', () => {
  it.each(cases)(
    '%s throws InvalidInputError with a clear message and writes nothing',
    async (_name, run, message) => {
      const before = await countItems(local.clients.dynamodb, local.tableName);
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as Error).message).toMatch(message);
      expect(await countItems(local.clients.dynamodb, local.tableName)).toBe(before);
      expect(await queue.receive(0)).toEqual([]);
    },
  );
});
