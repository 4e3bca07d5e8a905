import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { createTable } from '../../src/table/index.js';
import { uniqueName } from './localClients.js';

/** Creates a fresh table for one test file and returns its name. */
export async function createTestTable(client: DynamoDBClient, prefix = 'tw'): Promise<string> {
  const tableName = uniqueName(prefix);
  await createTable(client, tableName);
  return tableName;
}

/**
 * How many items the table holds, optionally only those of one `kind`. A test
 * helper: the adapters never scan.
 */
export async function countItems(
  client: DynamoDBClient,
  tableName: string,
  kind?: string,
): Promise<number> {
  let count = 0;
  let startKey: Record<string, never> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
        ...(kind === undefined
          ? {}
          : {
              FilterExpression: '#kind = :kind',
              ExpressionAttributeNames: { '#kind': 'kind' },
              ExpressionAttributeValues: { ':kind': { S: kind } },
            }),
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey as Record<string, never> | undefined;
  } while (startKey !== undefined);
  return count;
}
