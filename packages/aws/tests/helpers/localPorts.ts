import { type FixedClock, fixedClock, type Ports } from '@treatywatch/core';
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoSubscriptionStore,
} from '../../src/dynamodb/index.js';
import { SnsNotifier, SnsSubscriptionChannel } from '../../src/sns/index.js';
import { localClients } from './localClients.js';
import { createTestTopic } from './subscriberQueue.js';
import { createTestTable } from './testTable.js';

/** Every port wired to a fresh table and topic on the local services, with a clock the test moves. */
export async function localPorts(prefix: string): Promise<{
  ports: Ports & { clock: FixedClock };
  clients: ReturnType<typeof localClients>;
  tableName: string;
  topicArn: string;
}> {
  const clients = localClients();
  const [tableName, topicArn] = await Promise.all([
    createTestTable(clients.dynamodb, prefix),
    createTestTopic(clients.sns),
  ]);
  const table = { client: clients.document, tableName };
  const topic = { client: clients.sns, topicArn };
  return {
    ports: {
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      ledger: new DynamoNotificationLedger(table),
      subscriptions: new DynamoSubscriptionStore(table),
      notifier: new SnsNotifier(topic),
      channel: new SnsSubscriptionChannel(topic),
      clock: fixedClock('2025-07-01T12:00:00Z'),
    },
    clients,
    tableName,
    topicArn,
  };
}
