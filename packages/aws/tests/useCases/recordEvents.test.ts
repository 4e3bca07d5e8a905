import { InvalidInputError, type Ports, recordEvents } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';
import { countItems } from '../helpers/testTable.js';

let ports: Ports;
let count: (kind?: string) => Promise<number>;

beforeAll(async () => {
  const local = await localPorts('record');
  ports = local.ports;
  count = (kind) => countItems(local.clients.dynamodb, local.tableName, kind);
});

describe('recordEvents', () => {
  it('stores a duplicate event once and reports it as a duplicate', async () => {
    const first = await recordEvents(ports, rawEvent.uaDecree);
    const second = await recordEvents(ports, [rawEvent.uaDecree]);
    expect(first.results).toEqual([{ id: 'ua-apmbc-decree', state: 'UA', duplicate: false }]);
    expect(second.results).toEqual([{ id: 'ua-apmbc-decree', state: 'UA', duplicate: true }]);
    expect(await count('event')).toBe(1);
  });

  it('derives the same id from the same content when none is given', async () => {
    const { id: _id, ...withoutId } = rawEvent.plAnnounced;
    const first = await recordEvents(ports, withoutId);
    const second = await recordEvents(ports, { ...withoutId });
    expect(first.results[0]?.id).toMatch(/^ev-[0-9a-f]{24}$/);
    expect(second.results).toEqual([{ ...first.results[0], duplicate: true }]);
  });

  it('rejects the whole input when one event is invalid, listing every issue, and writes nothing', async () => {
    const before = await count();
    const attempt = recordEvents(ports, [
      rawEvent.ltNotified,
      { ...rawEvent.ltNotified, id: 'bad', treaty: 'no-such-treaty', date: '2025-02-30' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    const error = (await attempt.catch((e: unknown) => e)) as InvalidInputError;
    expect(error.issues.map((i) => [i.index, i.field])).toEqual(
      expect.arrayContaining([
        [1, 'treaty'],
        [1, 'date'],
      ]),
    );
    expect(error.message).toMatch(/treaty/);
    expect(await count()).toBe(before);
  });

  describe('a retraction', () => {
    const retraction = (id: string, state: string, retracts: string) => ({
      id,
      state,
      type: 'event-retracted',
      date: '2025-08-01',
      retracts,
      source: 'https://example.org/correction',
    });

    it('that names a stored event of another state is refused, naming it, and nothing is written', async () => {
      await recordEvents(ports, rawEvent.ltNotified);
      const before = await count();
      const attempt = recordEvents(ports, [
        rawEvent.plAnnounced,
        retraction('pl-retracts-lt', 'PL', 'lt-apmbc-notified'),
      ]);
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      const error = (await attempt.catch((e: unknown) => e)) as InvalidInputError;
      expect(error.issues).toEqual([
        {
          index: 1,
          id: 'pl-retracts-lt',
          field: 'retracts',
          message:
            'names "lt-apmbc-notified", an event of LT, not of PL: a retraction corrects a fact of its own state',
        },
      ]);
      expect(await count()).toBe(before);
    });

    it('that names a stored event of its own state is recorded', async () => {
      await recordEvents(ports, rawEvent.ltNotified);
      const result = await recordEvents(
        ports,
        retraction('lt-retracts-lt', 'LT', 'lt-apmbc-notified'),
      );
      expect(result.results).toEqual([{ id: 'lt-retracts-lt', state: 'LT', duplicate: false }]);
    });

    it('that names an event of another state in the same input is refused, and nothing is written', async () => {
      const before = await count();
      const attempt = recordEvents(ports, [
        { ...rawEvent.uaDecree, id: 'ua-new' },
        retraction('pl-retracts-ua', 'PL', 'ua-new'),
      ]);
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      expect(await count()).toBe(before);
    });
  });
});
