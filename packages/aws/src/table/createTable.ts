import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from './createTableInput.js';
import { TABLE_DEFINITION } from './tableDefinition.js';

const MAX_WAIT_SECONDS = 60;

/**
 * Creates the single table (if it does not exist yet), waits until it is
 * ACTIVE, and turns on time to live. Idempotent: safe to call on every start.
 */
export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let created = true;
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    created = false;
  }
  await waitUntilTableExists(
    { client, maxWaitTime: MAX_WAIT_SECONDS, minDelay: 1, maxDelay: 2 },
    { TableName: tableName },
  );
  if (created) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: {
          AttributeName: TABLE_DEFINITION.timeToLiveAttribute,
          Enabled: true,
        },
      }),
    );
  }
}
