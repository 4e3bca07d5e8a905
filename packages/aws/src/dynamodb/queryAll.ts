import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type NativeAttributeValue,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';

type Item = Record<string, NativeAttributeValue>;

/** Runs a Query page by page (following `LastEvaluatedKey`) and yields every item. */
export async function* queryAll(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
): AsyncGenerator<Item> {
  let startKey: Item | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) yield item;
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
}
