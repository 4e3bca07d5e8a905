import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { evaluateAll, type Ports, recordEvents, sweepDue } from '@treatywatch/core';
import { TREATIES } from '@treatywatch/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoAssessmentStore } from '../../src/dynamodb/index.js';
import { localClients } from '../helpers/localClients.js';
import { localPorts } from '../helpers/localPorts.js';
import { sampleAssessment } from '../helpers/sampleAssessment.js';

interface QueryRead {
  readonly index: string | undefined;
  readonly count: number;
  readonly scannedCount: number;
  readonly capacityUnits: number | undefined;
}

let ports: Ports;
const reads: QueryRead[] = [];

beforeAll(async () => {
  const local = await localPorts('sweep');
  // A client of its own, to observe every Query the assessment store sends.
  const observed = localClients().dynamodb;
  observed.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'QueryCommand') {
        const input = args.input as { IndexName?: string };
        const output = result.output as {
          Count?: number;
          ScannedCount?: number;
          ConsumedCapacity?: { CapacityUnits?: number };
        };
        reads.push({
          index: input.IndexName,
          count: output.Count ?? 0,
          scannedCount: output.ScannedCount ?? 0,
          capacityUnits: output.ConsumedCapacity?.CapacityUnits,
        });
      }
      return result;
    },
    { step: 'initialize', name: 'recordQueryReads' },
  );
  const assessments = new DynamoAssessmentStore({
    client: DynamoDBDocumentClient.from(observed),
    tableName: local.tableName,
  });
  ports = { ...local.ports, assessments };

  // 3 real withdrawals, pending until 2025-12-27 …
  await recordEvents(
    ports,
    ['LT', 'LV', 'EE'].map((state) => ({
      state,
      type: 'withdrawal-notified',
      treaty: 'apmbc',
      date: '2025-06-27',
      source: `https://example.org/${state}/notification`,
    })),
  );
  await evaluateAll(ports, '2025-07-01');
  // … among 1,997 others: half never due, half pending years later (due for reminders from 2030).
  const fillers = Array.from({ length: 1_997 }, (_, i) =>
    sampleAssessment({
      state: `Z${i}`,
      treaty: TREATIES[i % TREATIES.length]?.id ?? 'apmbc',
      ...(i % 2 === 0
        ? { status: 'party' as const, effectiveOn: null, nextReviewOn: null }
        : { effectiveOn: '2031-01-01', nextReviewOn: '2031-01-01' }),
    }),
  );
  for (let i = 0; i < fillers.length; i += 50) {
    await Promise.all(
      fillers.slice(i, i + 50).map((a) => assessments.put(a, 0, '2025-07-01T00:00:00Z')),
    );
  }
  // 2,000 conditional writes on a shared DynamoDB Local take a while on a busy machine.
}, 240_000);

describe('sweepDue', () => {
  it('reads only the 3 due assessments out of 2,000 and evaluates their states', async () => {
    reads.length = 0;
    const result = await sweepDue(ports, '2025-12-27');

    expect(result.due).toBe(3);
    expect(result.states.sort()).toEqual(['EE', 'LT', 'LV']);
    expect(result.changes.map((c) => c.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);

    const dueReads = reads.filter((r) => r.index === 'due');
    expect(dueReads.length).toBeGreaterThan(0);
    expect(dueReads.reduce((sum, r) => sum + r.scannedCount, 0)).toBe(3);
    expect(dueReads.every((r) => r.capacityUnits !== undefined)).toBe(true);
  });

  it('finds nothing due once the due assessments were evaluated', async () => {
    reads.length = 0;
    const result = await sweepDue(ports, '2025-12-28');
    expect(result).toMatchObject({ due: 0, states: [], changes: [] });
    expect(reads.filter((r) => r.index === 'due').reduce((sum, r) => sum + r.scannedCount, 0)).toBe(
      0,
    );
  });
});
