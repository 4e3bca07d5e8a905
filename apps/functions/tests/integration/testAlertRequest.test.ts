import { DynamoNotificationLedger, StreamedTestAlertChannel } from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { STREAM_FILTERS } from '@treatywatch/aws/table';
import { fixedClock, testAlertMessages } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { createOnAssessmentChangeHandler } from '../../src/streams/createOnAssessmentChangeHandler.js';
import { createTestTable, createTestTopic, shardPorts } from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

describe('a test-alert request recorded by the api', () => {
  it('becomes exactly one test alert on the subscription shard, and none on a redelivery', async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({ states: ['NZ'] });
    // The test topic's queue holds the filter policy of subscription `sub-<topic name>`.
    const subscriptionId = `sub-${topic.topicArn.split(':').pop()}`;
    const clock = fixedClock(new Date().toISOString());
    const api = new StreamedTestAlertChannel({
      ...table,
      channel: shardPorts(table, topic).channel,
      clock,
    });
    const target = {
      subscriptionId,
      channelRef: `${topic.topicArn}:local`,
      shard: 0,
      protocol: 'email',
    } as const;
    // A retried request records nothing twice.
    await api.sendTestAlert(target, testAlertMessages(subscriptionId));
    await api.sendTestAlert(target, testAlertMessages(subscriptionId));
    expect(await topic.receive()).toEqual([]);

    const batch = await table.stream.nextEvent(STREAM_FILTERS.assessmentChanges);
    expect(batch.Records).toHaveLength(1);
    const onChange = createOnAssessmentChangeHandler({
      notifier: new SnsNotifier(topic),
      ledger: new DynamoNotificationLedger(table),
      clock,
      ...silentObservability(),
    });
    expect(await onChange(batch)).toEqual({ batchItemFailures: [] });

    const messages = await topic.receive();
    expect(messages).toHaveLength(1);
    const envelope = JSON.parse(messages[0]?.Body ?? '{}');
    expect(envelope.MessageAttributes).toMatchObject({
      kind: { Type: 'String', Value: 'test' },
      subscription: { Type: 'String', Value: subscriptionId },
    });
    expect(JSON.parse(envelope.Message).email).toBe(testAlertMessages(subscriptionId).email);

    // Lambda hands the same record again: the ledger has it, nothing more is sent.
    expect(await onChange(batch)).toEqual({ batchItemFailures: [] });
    expect(await topic.receive()).toEqual([]);
  });
});
