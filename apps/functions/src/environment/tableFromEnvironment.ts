import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requiredEnv } from '../requiredEnv.js';

/** A Document client and the table it works on, as the DynamoDB adapters take them. */
export interface TableConnection {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/**
 * The table named by `TABLE_NAME`, through one Document client. The SDK itself
 * honours `AWS_ENDPOINT_URL_DYNAMODB` (DynamoDB Local) and the region.
 */
export function tableFromEnvironment(env: NodeJS.ProcessEnv = process.env): TableConnection {
  const tableName = requiredEnv('TABLE_NAME', env);
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, tableName };
}
