import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/evaluateAll.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

describe('evaluateAll', () => {
  it('evaluates every state with events and reports every change', async () => {
    const ports = inMemoryPorts('2025-07-01T00:00:00Z');
    await recordEvents(ports, [rawEvent.ltNotified, rawEvent.plAnnounced, rawEvent.uaDecree]);
    const result = await evaluateAll(ports);
    expect(result).toMatchObject({ asOf: '2025-07-01', states: 3 });
    expect(result.changes.map((c) => `${c.state} ${c.status}`).sort()).toEqual([
      'LT withdrawal-pending',
      'PL withdrawal-announced',
      'UA withdrawal-announced',
    ]);
    expect(await ports.assessments.listAll()).toHaveLength(3);
  });

  it('reports no change when run again on the same day', async () => {
    const ports = inMemoryPorts('2025-07-01T00:00:00Z');
    await recordEvents(ports, [rawEvent.ltNotified, rawEvent.plAnnounced]);
    await evaluateAll(ports);
    expect((await evaluateAll(ports)).changes).toEqual([]);
  });

  it('evaluates nothing when no event is recorded', async () => {
    expect(await evaluateAll(inMemoryPorts(), '2025-07-01')).toEqual({
      asOf: '2025-07-01',
      states: 0,
      changes: [],
    });
  });
});
