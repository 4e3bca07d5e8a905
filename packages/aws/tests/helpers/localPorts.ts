import { type FixedClock, fixedClock, type Ports } from '@treatywatch/core';
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoSubscriptionCapacity,
  DynamoSubscriptionStore,
} from '../../src/dynamodb/index.js';
import { SnsNotifier, SnsSubscriptionChannel } from '../../src/sns/index.js';
import { localClients } from './localClients.js';
import { createTestTopic } from './subscriberQueue.js';
import { createTestTable } from './testTable.js';

/** How many alert topics (shards) and the filter-policy quota each one has. */
export interface ShardOptions {
  readonly shardCount?: number;
  readonly filterPoliciesPerTopic?: number;
}

/**
 * Every port wired to a fresh table and fresh alert topics (one per shard;
 * one by default, with SNS's quota of 200) on the local services, with a
 * clock the test moves.
 */
export async function localPorts(
  prefix: string,
  shards: ShardOptions = {},
): Promise<{
  ports: Ports & { clock: FixedClock };
  clients: ReturnType<typeof localClients>;
  tableName: string;
  /** Shard 0's topic. */
  topicArn: string;
  topicArns: string[];
}> {
  const clients = localClients();
  const shardCount = shards.shardCount ?? 1;
  const [tableName, ...topicArns] = await Promise.all([
    createTestTable(clients.dynamodb, prefix),
    ...Array.from({ length: shardCount }, () => createTestTopic(clients.sns)),
  ]);
  const table = { client: clients.document, tableName: tableName ?? '' };
  const topics = { client: clients.sns, topicArns };
  return {
    ports: {
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      ledger: new DynamoNotificationLedger(table),
      subscriptions: new DynamoSubscriptionStore(table),
      capacity: new DynamoSubscriptionCapacity({
        ...table,
        shardCount,
        filterPoliciesPerTopic: shards.filterPoliciesPerTopic ?? 200,
      }),
      notifier: new SnsNotifier(topics),
      channel: new SnsSubscriptionChannel(topics),
      clock: fixedClock('2025-07-01T12:00:00Z'),
    },
    clients,
    tableName: table.tableName,
    topicArn: topicArns[0] ?? '',
    topicArns,
  };
}
