import { evaluateState, type Ports, recordEvents } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';

let ports: Ports;

beforeAll(async () => {
  ({ ports } = await localPorts('evaluate'));
  await recordEvents(ports, [rawEvent.ltNotified]);
});

async function evaluateConcurrently(times: number, asOf: string) {
  return Promise.all(Array.from({ length: times }, () => evaluateState(ports, 'LT', asOf)));
}

describe('evaluateState', () => {
  it('writes the first assessment once when 20 evaluations run at the same time', async () => {
    const results = await evaluateConcurrently(20, '2025-07-01');
    expect(results.reduce((sum, r) => sum + r.written, 0)).toBe(1);
    const changes = results.flatMap((r) => r.changes);
    expect(changes.map((c) => [c.previousStatus, c.status])).toEqual([
      [null, 'withdrawal-pending'],
    ]);
    const stored = await ports.assessments.get('LT', 'apmbc');
    expect(stored).toMatchObject({
      status: 'withdrawal-pending',
      nextReviewOn: '2025-12-27',
      version: 1,
    });
  });

  it('writes the status change once when 20 evaluations run at the same time on the effective date', async () => {
    const results = await evaluateConcurrently(20, '2025-12-27');
    expect(results.reduce((sum, r) => sum + r.written, 0)).toBe(1);
    const changes = results.flatMap((r) => r.changes);
    expect(changes.map((c) => c.id)).toEqual(['LT#apmbc#withdrawal-pending>withdrawn@2025-12-27']);
    expect(await ports.assessments.get('LT', 'apmbc')).toMatchObject({
      status: 'withdrawn',
      nextReviewOn: null,
      version: 2,
    });
  });

  it('writes nothing when nothing changed', async () => {
    expect(await evaluateState(ports, 'LT', '2026-01-15')).toEqual({
      state: 'LT',
      asOf: '2026-01-15',
      changes: [],
      written: 0,
    });
  });

  it('rewrites an assessment whose explanation changed without a status change', async () => {
    await recordEvents(ports, {
      state: 'LT',
      type: 'objection-lodged',
      treaty: 'apmbc',
      objector: 'AT',
      date: '2026-01-20',
      source: 'https://example.org/objection',
    });
    const result = await evaluateState(ports, 'LT', '2026-01-21');
    expect(result).toMatchObject({ written: 1, changes: [] });
    const stored = await ports.assessments.get('LT', 'apmbc');
    expect(stored).toMatchObject({ status: 'withdrawn', version: 3 });
    expect(stored?.sources).toContain('https://example.org/objection');
  });

  it('evaluates as of the clock’s today when no date is given', async () => {
    expect((await evaluateState(ports, 'lt')).asOf).toBe(ports.clock.today());
  });
});
