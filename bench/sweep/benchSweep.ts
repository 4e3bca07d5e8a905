import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoAssessmentStore } from '@treatywatch/aws/dynamodb';
import { createTable } from '@treatywatch/aws/table';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamoDBLocal } from '@treatywatch/emulators';
import { TREATIES } from '@treatywatch/rules';
import type { BenchResult } from '../report/BenchResult.js';
import { ReadCounter } from './ReadCounter.js';
import { sweepAssessments } from './sweepAssessments.js';

const TABLE_NAME = 'treatywatch-bench-sweep';
const CORPUS = {
  total: 2_316,
  due: 5,
  reminders: 15,
  notYetDue: 45,
  assessedOn: '2026-01-01',
  sweepOn: '2026-03-01',
  seed: 2_316,
} as const;
const WRITERS = 8;
const TARGET_RATIO = 0.01;

/**
 * Benchmark 2: the items a sweep reads. Writes the corpus through
 * `DynamoAssessmentStore.put` into a table made by `createTable` in DynamoDB
 * Local, then counts, from DynamoDB's own `ScannedCount`, what
 * `DynamoAssessmentStore.listDue` (the read `sweepDue` makes) reads, and what a
 * full Scan with the equivalent filter reads from the same table.
 */
export async function benchSweep(): Promise<BenchResult> {
  const dynamodb = await startDynamoDBLocal();
  const raw = new DynamoDBClient({
    endpoint: dynamodb.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const client = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  try {
    await createTable(raw, TABLE_NAME);
    const store = new DynamoAssessmentStore({ client, tableName: TABLE_NAME });
    const assessments = sweepAssessments(CORPUS);
    const evaluatedAt = `${CORPUS.assessedOn}T00:00:00.000Z`;
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < assessments.length) {
          const assessment = assessments[next++];
          if (assessment !== undefined) await store.put(assessment, 0, evaluatedAt);
        }
      }),
    );

    const counter = new ReadCounter(client);
    let yielded = 0;
    for await (const _ of store.listDue(CORPUS.sweepOn)) yielded += 1;
    const due = counter.totals();
    const dueItems = CORPUS.due + CORPUS.reminders;
    if (yielded !== dueItems) {
      throw new Error(`listDue yielded ${yielded} assessments, ${dueItems} are due`);
    }

    counter.reset();
    let startKey: Record<string, unknown> | undefined;
    let found = 0;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: TABLE_NAME,
          FilterExpression: 'nextReviewOn <= :date',
          ExpressionAttributeValues: { ':date': CORPUS.sweepOn },
          ReturnConsumedCapacity: 'TOTAL',
          ExclusiveStartKey: startKey,
        }),
      );
      found += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    const scan = counter.totals();
    if (found !== dueItems) throw new Error(`the Scan found ${found} due, ${dueItems} are due`);

    const ratio = due.scanned / scan.scanned;
    const treaties = TREATIES.length;
    const formedAs = `${Math.floor(CORPUS.total / treaties)} states × ${treaties} treaties + ${CORPUS.total % treaties}`;
    const capacityRatio =
      due.capacityUnits !== null && scan.capacityUnits !== null
        ? due.capacityUnits / scan.capacityUnits
        : null;
    return {
      id: 'sweep',
      rows: [
        {
          benchmark: 'sweep: items read by the due query',
          figure: `${due.scanned} read for ${yielded} due, ${CORPUS.due} for a status review and ${CORPUS.reminders} for a reminder (of ${assessments.length.toLocaleString('en-US')}: ${formedAs})`,
          target: 'reads = due items (status changes and reminders)',
          met: due.scanned === yielded,
        },
        {
          benchmark: 'sweep: due query ÷ full Scan',
          figure: `${ratio.toFixed(4)} (${due.scanned} vs ${scan.scanned} items read${
            capacityRatio === null ? '' : `; ${due.capacityUnits} vs ${scan.capacityUnits} RCU`
          })`,
          target: `≤ ${TARGET_RATIO}`,
          met: ratio <= TARGET_RATIO,
        },
      ],
      data: {
        corpus: {
          ...CORPUS,
          formedAs: `the first ${CORPUS.total} distinct (state, treaty) pairs of the ISO 3166-1 codes × the ${treaties} catalog treaties, in code order: ${formedAs} treaties of the next state (the catalog has ${treaties} treaties, not 12)`,
          statuses: assessments.reduce<Record<string, number>>((counts, a) => {
            counts[a.status] = (counts[a.status] ?? 0) + 1;
            return counts;
          }, {}),
        },
        method:
          'items read = ScannedCount summed over pages, recorded by a middleware on the Document client; Scan with FilterExpression nextReviewOn <= sweep day, ReturnConsumedCapacity TOTAL; DynamoDB Local in memory',
        dueQuery: { ...due, yielded },
        scan: { ...scan, found },
        readRatio: ratio,
        capacityRatio,
      },
    };
  } finally {
    client.destroy();
    raw.destroy();
    await dynamodb.stop();
  }
}
