import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION } from './tableDefinition.js';

/**
 * The `CreateTable` request for the single table, from `TABLE_DEFINITION`:
 * on-demand billing, the sparse `due` index, and a stream of new and old images.
 * (Time to live is a separate call; `createTable` makes it.)
 */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, dueIndex, stream } = TABLE_DEFINITION;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: partitionKey.name, AttributeType: partitionKey.type },
      { AttributeName: sortKey.name, AttributeType: sortKey.type },
      { AttributeName: dueIndex.partitionKey.name, AttributeType: dueIndex.partitionKey.type },
      { AttributeName: dueIndex.sortKey.name, AttributeType: dueIndex.sortKey.type },
    ],
    KeySchema: [
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: dueIndex.indexName,
        KeySchema: [
          { AttributeName: dueIndex.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: dueIndex.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: dueIndex.projection },
      },
    ],
    StreamSpecification: { StreamEnabled: true, StreamViewType: stream },
  };
}
