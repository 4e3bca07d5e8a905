import { describe, expect, it } from 'vitest';
import { InvalidInputError, VersionConflictError } from '../../src/errors.js';
import { evaluateState } from '../../src/evaluateState.js';
import { recordEvents } from '../../src/recordEvents.js';
import { inMemoryPorts } from '../../src/testing/index.js';
import { rawEvent } from '../helpers/sampleEvents.js';

async function withLithuania() {
  const ports = inMemoryPorts('2025-07-01T09:00:00Z');
  await recordEvents(ports, rawEvent.ltNotified);
  return ports;
}

describe('evaluateState', () => {
  it('writes the first assessment and reports the change from nothing', async () => {
    const ports = await withLithuania();
    const result = await evaluateState(ports, 'LT', '2025-07-01');
    expect(result).toMatchObject({ state: 'LT', asOf: '2025-07-01', written: 1 });
    expect(result.changes.map((c) => [c.previousStatus, c.status])).toEqual([
      [null, 'withdrawal-pending'],
    ]);
    expect(await ports.assessments.get('LT', 'apmbc')).toMatchObject({
      status: 'withdrawal-pending',
      nextReviewOn: '2025-12-27',
      version: 1,
      evaluatedAt: '2025-07-01T09:00:00.000Z',
    });
  });

  it('writes the next version when the status changes on the effective date', async () => {
    const ports = await withLithuania();
    await evaluateState(ports, 'LT', '2025-07-01');
    const result = await evaluateState(ports, 'LT', '2025-12-27');
    expect(result.changes.map((c) => c.id)).toEqual([
      'LT#apmbc#withdrawal-pending>withdrawn@2025-12-27',
    ]);
    expect(await ports.assessments.get('LT', 'apmbc')).toMatchObject({
      status: 'withdrawn',
      nextReviewOn: null,
      version: 2,
    });
  });

  it('writes nothing when nothing changed', async () => {
    const ports = await withLithuania();
    await evaluateState(ports, 'LT', '2025-07-01');
    expect(await evaluateState(ports, 'LT', '2025-07-01')).toEqual({
      state: 'LT',
      asOf: '2025-07-01',
      changes: [],
      written: 0,
    });
  });

  it('rewrites an assessment whose sources changed, with no status change to report', async () => {
    const ports = await withLithuania();
    await evaluateState(ports, 'LT', '2025-07-01');
    await recordEvents(ports, {
      state: 'LT',
      type: 'objection-lodged',
      treaty: 'apmbc',
      objector: 'AT',
      date: '2025-07-10',
      source: 'https://example.org/objection',
    });
    const result = await evaluateState(ports, 'LT', '2025-07-11');
    expect(result).toMatchObject({ written: 1, changes: [] });
    expect((await ports.assessments.get('LT', 'apmbc'))?.sources).toContain(
      'https://example.org/objection',
    );
  });

  it('writes each change once when evaluations of one state run at the same time', async () => {
    const ports = await withLithuania();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => evaluateState(ports, 'LT', '2025-07-01')),
    );
    expect(results.reduce((sum, r) => sum + r.written, 0)).toBe(1);
    expect(results.flatMap((r) => r.changes)).toHaveLength(1);
    expect(await ports.assessments.get('LT', 'apmbc')).toMatchObject({ version: 1 });
  });

  it('re-reads and retries after another writer got there first', async () => {
    const ports = await withLithuania();
    const put = ports.assessments.put.bind(ports.assessments);
    let conflicts = 1;
    ports.assessments.put = async (assessment, expectedVersion, evaluatedAt) => {
      if (conflicts-- > 0) throw new VersionConflictError('LT#apmbc', expectedVersion);
      return put(assessment, expectedVersion, evaluatedAt);
    };
    const result = await evaluateState(ports, 'LT', '2025-07-01');
    expect(result.written).toBe(1);
  });

  it('evaluates as of the clock’s today when no date is given', async () => {
    const ports = await withLithuania();
    expect((await evaluateState(ports, 'lt')).asOf).toBe('2025-07-01');
  });

  it('rejects a state that is not an ISO code', async () => {
    await expect(evaluateState(inMemoryPorts(), 'Lithuania')).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});
