import {
  evaluateAll,
  listAssessments,
  type Ports,
  recordEvents,
  stateHistory,
} from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';

let ports: Ports;

beforeAll(async () => {
  ({ ports } = await localPorts('history'));
  await recordEvents(ports, [
    rawEvent.ltNotified,
    rawEvent.uaDecree,
    {
      ...rawEvent.ltNotified,
      id: 'lt-announced',
      type: 'withdrawal-announced',
      date: '2025-03-18',
    },
    {
      id: 'lt-retraction',
      state: 'LT',
      type: 'event-retracted',
      retracts: 'lt-announced',
      date: '2025-07-02',
      source: 'https://example.org/correction',
    },
  ]);
  await evaluateAll(ports, '2025-07-05');
});

describe('stateHistory', () => {
  it('answers the state’s assessments and every event in date order, retracted ones included', async () => {
    const history = await stateHistory(ports, 'LT');
    expect(history.state).toBe('LT');
    expect(history.assessments.map((a) => [a.treaty, a.status])).toEqual([
      ['apmbc', 'withdrawal-pending'],
    ]);
    expect(history.events.map((e) => e.id)).toEqual([
      'lt-announced',
      'lt-apmbc-notified',
      'lt-retraction',
    ]);
  });
});

describe('listAssessments', () => {
  it('answers every stored assessment, by state', async () => {
    expect((await listAssessments(ports)).map((a) => `${a.state}/${a.treaty}`)).toEqual([
      'LT/apmbc',
      'UA/apmbc',
    ]);
  });
});
