import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { itemKeys } from './itemKeys.js';
import { queryAll } from './queryAll.js';

/** Every state with at least one event: the event store's markers under `STATES`. */
export async function statesWithEvents(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<string[]> {
  const states: string[] = [];
  const markers = queryAll(client, {
    TableName: tableName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': 'pk' },
    ExpressionAttributeValues: { ':pk': itemKeys.statesPartition },
  });
  for await (const marker of markers) states.push(String(marker.state));
  return states;
}
