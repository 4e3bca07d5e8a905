import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/evaluateAll.js';
import { recordEvents } from '../../src/recordEvents.js';
import { sweepDue } from '../../src/sweepDue.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

async function evaluatedOn(day: string) {
  const ports = inMemoryPorts(`${day}T00:05:00Z`);
  await recordEvents(ports, [rawEvent.ltNotified, rawEvent.plAnnounced]);
  await evaluateAll(ports);
  return ports;
}

describe('sweepDue', () => {
  it('finds nothing due before the reminder window and evaluates nothing', async () => {
    const ports = await evaluatedOn('2025-07-01');
    expect(await sweepDue(ports, '2024-12-26')).toEqual({
      asOf: '2024-12-26',
      due: 0,
      dueAssessments: [],
      states: [],
      changes: [],
    });
  });

  it('finds a pending withdrawal due every day of its reminder window, from 365 days before', async () => {
    const ports = await evaluatedOn('2025-07-01');
    for (const day of ['2024-12-27', '2025-12-26']) {
      expect(await sweepDue(ports, day)).toMatchObject({
        due: 1,
        dueAssessments: [{ state: 'LT', treaty: 'apmbc' }],
        changes: [],
      });
    }
  });

  it('evaluates only the states whose review date has come, and reports their changes', async () => {
    const ports = await evaluatedOn('2025-07-01');
    const result = await sweepDue(ports, '2025-12-27');
    expect(result).toMatchObject({ due: 1, states: ['LT'] });
    expect(result.changes.map((c) => c.id)).toEqual([
      'LT#apmbc#withdrawal-pending>withdrawn@2025-12-27',
    ]);
  });

  it('finds nothing due once the due assessments were evaluated', async () => {
    const ports = await evaluatedOn('2025-07-01');
    await sweepDue(ports, '2025-12-27');
    expect((await sweepDue(ports, '2025-12-28')).due).toBe(0);
  });

  it('sweeps as of the clock’s today when no date is given', async () => {
    const ports = await evaluatedOn('2025-07-01');
    ports.clock.set('2026-01-02T00:05:00Z');
    expect(await sweepDue(ports)).toMatchObject({ asOf: '2026-01-02', states: ['LT'] });
  });
});
