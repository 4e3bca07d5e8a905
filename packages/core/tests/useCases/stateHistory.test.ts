import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { evaluateState } from '../../src/evaluateState.js';
import { recordEvents } from '../../src/recordEvents.js';
import { stateHistory } from '../../src/stateHistory.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

describe('stateHistory', () => {
  it('answers the state’s assessments and every event in date order, retracted ones included', async () => {
    const ports = inMemoryPorts('2025-07-01T00:00:00Z');
    await recordEvents(ports, [
      rawEvent.ltNotified,
      {
        id: 'lt-apmbc-announced',
        state: 'LT',
        type: 'withdrawal-announced',
        treaty: 'apmbc',
        date: '2025-03-18',
        source: 'https://example.org/announced',
      },
      {
        id: 'lt-retraction',
        state: 'LT',
        type: 'event-retracted',
        retracts: 'lt-apmbc-announced',
        date: '2025-06-30',
        source: 'https://example.org/correction',
      },
      rawEvent.plAnnounced,
    ]);
    await evaluateState(ports, 'LT');
    const history = await stateHistory(ports, 'lt');
    expect(history.state).toBe('LT');
    expect(history.events.map((e) => e.id)).toEqual([
      'lt-apmbc-announced',
      'lt-apmbc-notified',
      'lt-retraction',
    ]);
    expect(history.assessments).toMatchObject([{ state: 'LT', treaty: 'apmbc', version: 1 }]);
  });

  it('answers empty lists for a state with no events', async () => {
    expect(await stateHistory(inMemoryPorts(), 'NZ')).toEqual({
      state: 'NZ',
      assessments: [],
      events: [],
    });
  });

  it('rejects a state that is not an ISO code', async () => {
    await expect(stateHistory(inMemoryPorts(), 'XX1')).rejects.toBeInstanceOf(InvalidInputError);
  });
});
