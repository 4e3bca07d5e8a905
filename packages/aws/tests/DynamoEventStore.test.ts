import { type TreatyEvent, validateEvents } from '@treatywatch/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventStore } from '../src/dynamodb/index.js';
import { localClients } from './helpers/localClients.js';
import { rawEvent } from './helpers/sampleEvents.js';
import { countItems, createTestTable } from './helpers/testTable.js';

const clients = localClients();
let tableName: string;
let store: DynamoEventStore;

function valid(raw: unknown[]): TreatyEvent[] {
  const result = validateEvents(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return [...result.events];
}

beforeAll(async () => {
  tableName = await createTestTable(clients.dynamodb, 'events');
  store = new DynamoEventStore({ client: clients.document, tableName });
});

describe('DynamoEventStore', () => {
  it('stores an event appended twice once and reports the second as a duplicate', async () => {
    const [event] = valid([rawEvent.uaDecree]);
    if (event === undefined) throw new Error('no event');
    expect(await store.append([event])).toEqual({ recorded: [event.id], duplicates: [] });
    expect(await store.append([event])).toEqual({ recorded: [], duplicates: [event.id] });
    expect(await store.listByState('UA')).toEqual([event]);
    expect(await countItems(clients.dynamodb, tableName, 'event')).toBe(1);
  });

  it('treats an id already used by another state as a duplicate', async () => {
    const [event] = valid([{ ...rawEvent.plAnnounced, id: 'shared-id' }]);
    const [other] = valid([{ ...rawEvent.ltNotified, id: 'shared-id' }]);
    if (event === undefined || other === undefined) throw new Error('no event');
    await store.append([event]);
    expect(await store.append([other])).toEqual({ recorded: [], duplicates: ['shared-id'] });
    expect(await store.listByState('LT')).toEqual([]);
  });

  it('records the new events of a batch and reports the known ones', async () => {
    const events = valid(
      Array.from({ length: 80 }, (_, i) => ({
        state: 'FI',
        type: 'objection-lodged',
        treaty: 'apmbc',
        objector: 'AT',
        date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
        source: `https://example.org/objection/${i}`,
      })),
    );
    await store.append(events.slice(0, 10));
    const result = await store.append(events);
    expect(result.recorded).toHaveLength(70);
    expect([...result.duplicates].sort()).toEqual(
      events
        .slice(0, 10)
        .map((e) => e.id)
        .sort(),
    );
    expect(await store.listByState('FI')).toHaveLength(80);
  });

  it('lists a state’s events by date, same-day events in the rules’ type order', async () => {
    const events = valid([
      { ...rawEvent.ltNotified, id: 'ee-3', state: 'EE', date: '2025-06-27' },
      {
        ...rawEvent.ltNotified,
        id: 'ee-1',
        state: 'EE',
        type: 'withdrawal-approved',
        date: '2025-06-27',
      },
      {
        ...rawEvent.ltNotified,
        id: 'ee-0',
        state: 'EE',
        type: 'withdrawal-announced',
        date: '2025-03-18',
      },
    ]);
    await store.append(events);
    expect((await store.listByState('EE')).map((e) => e.id)).toEqual(['ee-0', 'ee-1', 'ee-3']);
  });

  it('lists every state that has events', async () => {
    expect((await store.listStates()).sort()).toEqual(['EE', 'FI', 'PL', 'UA']);
  });

  it('reads the state of each stored event by id, over several batches, leaving unknown ids out', async () => {
    const events = valid(
      Array.from({ length: 130 }, (_, i) => ({
        id: `states-of-${i}`,
        state: i % 2 === 0 ? 'SE' : 'NO',
        type: 'withdrawal-announced',
        treaty: 'apmbc',
        date: '2025-02-01',
        source: `https://example.org/states-of/${i}`,
      })),
    );
    await store.append(events);
    const states = await store.statesOf([...events.map((event) => event.id), 'never-stored']);
    expect(states.size).toBe(130);
    expect(states.get('states-of-0')).toBe('SE');
    expect(states.get('states-of-129')).toBe('NO');
    expect(states.has('never-stored')).toBe(false);
  });
});
