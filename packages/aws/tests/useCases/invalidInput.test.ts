import {
  evaluateAll,
  evaluateState,
  InvalidInputError,
  notifyChange,
  type Ports,
  recentChanges,
  recordEvents,
  stateHistory,
  subscribe,
  sweepDue,
  unsubscribe,
} from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
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
    'subscribe with an unknown protocol',
    () => subscribe(ports, { protocol: 'fax', endpoint: '+4412345678' }),
    /protocol: must be one of email, sms, https/,
  ],
  [
    'subscribe with an unknown treaty',
    () => subscribe(ports, { protocol: 'email', endpoint: 'a@example.org', treaties: ['nato'] }),
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
