import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoNotificationLedger } from '@treatywatch/aws/dynamodb';
import type { StackDescription } from '@treatywatch/local-stack';

/** How many of the newest ledger entries are read: more than the benchmark's events. */
const LEDGER_ENTRIES = 1_000;

/** The key `publishedTimes` gives an alert: its state and treaty. */
export function publicationKey(state: string, treaty: string): string {
  return `${state}#${treaty}`;
}

/**
 * When each of the latest alerts was recorded as published on every shard,
 * read from the stack's own notification ledger in DynamoDB Local
 * (`publishedAt` of its newest entries): `publicationKey(state, treaty)` →
 * epoch milliseconds.
 */
export async function publishedTimes(stack: StackDescription): Promise<Map<string, number>> {
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodbEndpoint,
    region: stack.region,
    credentials: stack.credentials,
  });
  const client = DynamoDBDocumentClient.from(raw);
  try {
    const ledger = new DynamoNotificationLedger({ client, tableName: stack.tableName });
    const times = new Map<string, number>();
    for (const entry of await ledger.list(LEDGER_ENTRIES)) {
      times.set(
        publicationKey(entry.change.state, entry.change.treaty),
        Date.parse(entry.publishedAt),
      );
    }
    return times;
  } finally {
    client.destroy();
    raw.destroy();
  }
}
