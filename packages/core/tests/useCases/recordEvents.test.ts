import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

describe('recordEvents', () => {
  it('stores one event and reports it as new', async () => {
    const ports = inMemoryPorts();
    const { results } = await recordEvents(ports, rawEvent.ltNotified);
    expect(results).toEqual([{ id: 'lt-apmbc-notified', state: 'LT', duplicate: false }]);
    expect(await ports.events.listByState('LT')).toMatchObject([{ id: 'lt-apmbc-notified' }]);
  });

  it('stores an array in input order, with treaty aliases made canonical', async () => {
    const ports = inMemoryPorts();
    const { results } = await recordEvents(ports, [rawEvent.uaDecree, rawEvent.plAnnounced]);
    expect(results.map((r) => r.id)).toEqual(['ua-apmbc-decree', 'pl-apmbc-announced']);
    expect(await ports.events.listByState('UA')).toMatchObject([{ treaty: 'apmbc' }]);
  });

  it('reports an event recorded before as a duplicate and stores it once', async () => {
    const ports = inMemoryPorts();
    await recordEvents(ports, rawEvent.ltNotified);
    const { results } = await recordEvents(ports, rawEvent.ltNotified);
    expect(results).toEqual([{ id: 'lt-apmbc-notified', state: 'LT', duplicate: true }]);
    expect(await ports.events.listByState('LT')).toHaveLength(1);
  });

  it('reports the second mention of one event in the same input as a duplicate', async () => {
    const ports = inMemoryPorts();
    const { results } = await recordEvents(ports, [rawEvent.ltNotified, rawEvent.ltNotified]);
    expect(results.map((r) => r.duplicate)).toEqual([false, true]);
  });

  it('rejects the whole input when one event is invalid, naming it, and writes nothing', async () => {
    const ports = inMemoryPorts();
    const bad = { ...rawEvent.plAnnounced, id: 'pl-bad', date: '2025-02-30' };
    const error = await recordEvents(ports, [rawEvent.ltNotified, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      expect.objectContaining({ index: 1, id: 'pl-bad', field: 'date' }),
    ]);
    expect(await ports.events.listStates()).toEqual([]);
  });

  it('refuses a retraction of another state’s stored event, naming it, and writes nothing', async () => {
    const ports = inMemoryPorts();
    await recordEvents(ports, rawEvent.ltNotified);
    const retraction = {
      id: 'pl-retracts-lt',
      state: 'PL',
      type: 'event-retracted',
      retracts: 'lt-apmbc-notified',
      date: '2025-07-01',
      source: 'https://example.org/correction',
    };
    const error = await recordEvents(ports, retraction).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      expect.objectContaining({ id: 'pl-retracts-lt', field: 'retracts' }),
    ]);
    expect(await ports.events.listStates()).toEqual(['LT']);
  });

  it('rejects an empty array', async () => {
    await expect(recordEvents(inMemoryPorts(), [])).rejects.toThrow(
      /\(events\): at least one event is required/,
    );
  });
});
