import { randomUUID } from 'node:crypto';
import { DescribeTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoSubscriptionCapacity } from '@treatywatch/aws/dynamodb';
import { filterPolicyFor, SnsSubscriptionChannel } from '@treatywatch/aws/sns';
import { createTable } from '@treatywatch/aws/table';
import type { SubscriptionFilter } from '@treatywatch/core';
// Brings in the `inject('dynamodbEndpoint' | 'snsEndpoint')` typing of the global setup.
import type {} from '@treatywatch/emulators/vitest-global-setup';
import { inject } from 'vitest';
import { StreamReader } from './streamReader.js';

const clientConfig = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});

/** A fresh table on DynamoDB Local, with a reader of its stream. */
export interface TestTable {
  readonly tableName: string;
  readonly client: DynamoDBDocumentClient;
  readonly stream: StreamReader;
  /** Every item in the table (a scan: tests only). */
  itemCount(): Promise<number>;
}

/** Creates a table with a unique name from the shared table definition. */
export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamodbEndpoint');
  const raw = new DynamoDBClient(clientConfig(endpoint));
  const tableName = `functions-${randomUUID()}`;
  await createTable(raw, tableName);
  const { Table } = await raw.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);
  const client = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const stream = new StreamReader(new DynamoDBStreamsClient(clientConfig(endpoint)), streamArn);
  return {
    tableName,
    client,
    stream,
    async itemCount() {
      let count = 0;
      let startKey: Record<string, never> | undefined;
      do {
        const page = await raw.send(
          new ScanCommand({ TableName: tableName, Select: 'COUNT', ExclusiveStartKey: startKey }),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (startKey);
      return count;
    },
  };
}

/** An SNS client on the emulator. */
export function snsClient(): SNSClient {
  return new SNSClient(clientConfig(inject('snsEndpoint')));
}

/** A topic with one SQS subscriber whose subscription carries the filter policy of `filter`. */
export interface TestTopic {
  readonly client: SNSClient;
  readonly topicArn: string;
  /** The topic as the only alert-topic shard, as the SNS adapters take it. */
  readonly topicArns: readonly string[];
  /** Messages waiting on the subscriber's queue (received once; they stay in flight). */
  receive(): Promise<Message[]>;
}

/** Creates a topic and a subscribed queue on the SNS/SQS emulator. */
export async function createTestTopic(filter: SubscriptionFilter): Promise<TestTopic> {
  const endpoint = inject('snsEndpoint');
  const sns = new SNSClient(clientConfig(endpoint));
  const sqs = new SQSClient(clientConfig(endpoint));
  const name = `alerts-${randomUUID()}`;
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  if (!TopicArn || !QueueUrl) throw new Error('emulator did not create the topic or queue');
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  await sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: 'sqs',
      Endpoint: Attributes?.QueueArn,
      Attributes: { FilterPolicy: JSON.stringify(filterPolicyFor(filter, `sub-${name}`)) },
    }),
  );
  return {
    client: sns,
    topicArn: TopicArn,
    topicArns: [TopicArn],
    async receive() {
      const messages: Message[] = [];
      for (;;) {
        const { Messages } = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: messages.length === 0 ? 1 : 0,
            VisibilityTimeout: 300,
          }),
        );
        if (!Messages?.length) return messages;
        messages.push(...Messages);
      }
    },
  };
}

/**
 * The subscription capacity and channel over `topic` as the only shard (SNS's
 * quota of 200 unless given): what the api and the webhook's operator view take.
 */
export function shardPorts(
  table: TestTable,
  topic: TestTopic,
  filterPoliciesPerTopic = 200,
): { capacity: DynamoSubscriptionCapacity; channel: SnsSubscriptionChannel } {
  return {
    capacity: new DynamoSubscriptionCapacity({
      client: table.client,
      tableName: table.tableName,
      shardCount: topic.topicArns.length,
      filterPoliciesPerTopic,
    }),
    channel: new SnsSubscriptionChannel(topic),
  };
}
