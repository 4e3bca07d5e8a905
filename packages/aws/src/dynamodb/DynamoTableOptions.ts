import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** What every DynamoDB adapter is built from: an injected Document client and the table's name. */
export interface DynamoTableOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}
