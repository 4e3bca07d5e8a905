import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createTable, createTableInput, TABLE_DEFINITION } from '../src/table/index.js';
import { localClients, uniqueName } from './helpers/localClients.js';

const { dynamodb } = localClients();

describe('createTableInput', () => {
  it('declares the keys, the due index and a stream of new and old images', () => {
    const input = createTableInput('t');
    expect(input.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(input.GlobalSecondaryIndexes?.[0]).toMatchObject({
      IndexName: 'due',
      KeySchema: [
        { AttributeName: 'duePk', KeyType: 'HASH' },
        { AttributeName: 'nextReviewOn', KeyType: 'RANGE' },
      ],
    });
    expect(input.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
  });
});

describe('createTable', () => {
  it('creates an active table with the due index and time to live', async () => {
    const tableName = uniqueName('create');
    await createTable(dynamodb, tableName);
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName)).toEqual(['due']);
    expect(Table?.LatestStreamArn).toBeDefined();
    const ttl = await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(TABLE_DEFINITION.timeToLiveAttribute);
  });

  it('succeeds when the table exists already', async () => {
    const tableName = uniqueName('create');
    await createTable(dynamodb, tableName);
    await expect(createTable(dynamodb, tableName)).resolves.toBeUndefined();
  });
});
