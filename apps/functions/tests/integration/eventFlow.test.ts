import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
} from '@treatywatch/aws/dynamodb';
import { emailSubject, NO_PREVIOUS_STATUS, SnsNotifier } from '@treatywatch/aws/sns';
import { STREAM_FILTERS } from '@treatywatch/aws/table';
import { type AssessmentStore, fixedClock, type Notifier, signRequest } from '@treatywatch/core';
import { changeMessages, diff } from '@treatywatch/rules';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOnAssessmentChangeHandler } from '../../src/streams/createOnAssessmentChangeHandler.js';
import { createOnEventHandler } from '../../src/streams/createOnEventHandler.js';
import { createWebhookHandler } from '../../src/webhook/createWebhookHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import {
  createTestTable,
  createTestTopic,
  shardPorts,
  type TestTable,
  type TestTopic,
} from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

const SECRET = 'flow-secret';
const NOW = '2025-07-01T09:00:00Z';

const notified = (state: string) => ({
  id: `${state.toLowerCase()}-apmbc-notified`,
  state,
  type: 'withdrawal-notified',
  treaty: 'ottawa',
  date: '2025-06-27',
  source: 'https://treaties.un.org/doc/Publication/CN/2025/CN.123.2025-Eng.pdf',
});

interface Flow {
  table: TestTable;
  topic: TestTopic;
  clock: ReturnType<typeof fixedClock>;
  webhook: ReturnType<typeof createWebhookHandler>;
  onEvent: ReturnType<typeof createOnEventHandler>;
  stores: {
    events: DynamoEventStore;
    assessments: DynamoAssessmentStore;
    ledger: DynamoNotificationLedger;
  };
}

async function setUp(): Promise<Flow> {
  const table = await createTestTable();
  const topic = await createTestTopic({ states: ['LT', 'LV'], treaties: ['apmbc'] });
  const clock = fixedClock(NOW);
  const stores = {
    events: new DynamoEventStore(table),
    assessments: new DynamoAssessmentStore(table),
    ledger: new DynamoNotificationLedger(table),
  };
  const webhook = createWebhookHandler({
    ...stores,
    ...shardPorts(table, topic),
    clock,
    secrets: async () => [SECRET],
    ...silentObservability(),
  });
  const onEvent = createOnEventHandler({ ...stores, clock, ...silentObservability() });
  return { table, topic, clock, webhook, onEvent, stores };
}

async function post(flow: Flow, body: unknown) {
  const text = JSON.stringify(body);
  return flow.webhook(
    httpApiEvent({
      method: 'POST',
      path: '/events',
      body: text,
      headers: {
        'content-type': 'application/json',
        'x-treatywatch-signature': signRequest(text, SECRET, new Date(flow.clock.now())),
      },
    }),
  );
}

describe('the event flow', () => {
  let flow: Flow;

  beforeEach(async () => {
    flow = await setUp();
  });

  it('turns a signed event into exactly one alert with the right attributes, subject and SMS text', async () => {
    const response = await post(flow, notified('LT'));
    expect(response.statusCode).toBe(201);
    expect(JSON.parse(response.body as string)).toEqual({
      results: [{ id: 'lt-apmbc-notified', state: 'LT', duplicate: false }],
    });

    const eventBatch = await flow.table.stream.nextEvent(STREAM_FILTERS.events);
    expect(eventBatch.Records).toHaveLength(1);
    expect(await flow.onEvent(eventBatch)).toEqual({ batchItemFailures: [] });

    const stored = await flow.stores.assessments.get('LT', 'apmbc');
    expect(stored).toMatchObject({ status: 'withdrawal-pending', effectiveOn: '2025-12-27' });

    const assessmentBatch = await flow.table.stream.nextEvent(STREAM_FILTERS.assessmentChanges);
    expect(assessmentBatch.Records).toHaveLength(1);
    const onChange = createOnAssessmentChangeHandler({
      notifier: new SnsNotifier(flow.topic),
      ledger: flow.stores.ledger,
      clock: flow.clock,
      ...silentObservability(),
    });
    expect(await onChange(assessmentBatch)).toEqual({ batchItemFailures: [] });

    const messages = await flow.topic.receive();
    expect(messages).toHaveLength(1);
    const envelope = JSON.parse(messages[0]?.Body ?? '{}');
    const change = diff(null, stored as NonNullable<typeof stored>);
    const expected = changeMessages(change as NonNullable<typeof change>);
    expect(envelope.Subject).toBe(emailSubject(expected.subject));
    expect(envelope.MessageAttributes).toEqual({
      kind: { Type: 'String', Value: 'change' },
      state: { Type: 'String', Value: 'LT' },
      treaty: { Type: 'String', Value: 'apmbc' },
      status: { Type: 'String', Value: 'withdrawal-pending' },
      previousStatus: { Type: 'String', Value: NO_PREVIOUS_STATUS },
      'AWS.SNS.SMS.SMSType': { Type: 'String', Value: 'Transactional' },
    });
    // The emulator hands SQS the whole per-protocol structure (SNS itself would
    // hand an SQS subscriber only `default`), so the SMS text can be read here.
    const structure = JSON.parse(envelope.Message);
    expect(structure.sms).toBe(expected.sms);
    expect(structure.sms).toContain('Lithuania');
    expect(structure.email).toBe(expected.email);
  });

  it('publishes once when the same stream batch is delivered twice', async () => {
    await post(flow, notified('LT'));
    await flow.onEvent(await flow.table.stream.nextEvent(STREAM_FILTERS.events));
    const batch = await flow.table.stream.nextEvent(STREAM_FILTERS.assessmentChanges);
    const onChange = createOnAssessmentChangeHandler({
      notifier: new SnsNotifier(flow.topic),
      ledger: flow.stores.ledger,
      clock: flow.clock,
      ...silentObservability(),
    });

    expect(await onChange(batch)).toEqual({ batchItemFailures: [] });
    expect(await onChange(batch)).toEqual({ batchItemFailures: [] });

    expect(await flow.topic.receive()).toHaveLength(1);
  });

  it('answers a repeated event as a duplicate and evaluates nothing new', async () => {
    await post(flow, notified('LT'));
    const again = await post(flow, [notified('LT')]);
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body as string).results).toEqual([
      { id: 'lt-apmbc-notified', state: 'LT', duplicate: true },
    ]);
    expect((await flow.table.stream.nextEvent(STREAM_FILTERS.events)).Records).toHaveLength(1);
  });

  it('reports the record whose publication failed, processes the others, and publishes it once on retry', async () => {
    await post(flow, [notified('LV'), notified('LT')]);
    expect(await flow.onEvent(await flow.table.stream.nextEvent(STREAM_FILTERS.events))).toEqual({
      batchItemFailures: [],
    });
    const batch = await flow.table.stream.nextEvent(STREAM_FILTERS.assessmentChanges);
    expect(batch.Records).toHaveLength(2);

    const sns = new SnsNotifier(flow.topic);
    let failLatvia = true;
    const flaky: Notifier = {
      shardCount: sns.shardCount,
      publish(shard, change, messages) {
        if (change.state === 'LV' && failLatvia) {
          return Promise.reject(new Error('SNS is unavailable for this one'));
        }
        return sns.publish(shard, change, messages);
      },
      publishReminder: (shard, reminder, messages) =>
        sns.publishReminder(shard, reminder, messages),
      publishDigest: (shard, digest, messages) => sns.publishDigest(shard, digest, messages),
      publishTestAlert: (shard, subscriptionId, messages) =>
        sns.publishTestAlert(shard, subscriptionId, messages),
    };
    const onChange = createOnAssessmentChangeHandler({
      notifier: flaky,
      ledger: flow.stores.ledger,
      clock: flow.clock,
      ...silentObservability(),
    });

    const latviaRecord = batch.Records.find(
      (r) => r.dynamodb?.NewImage?.state?.S === 'LV' || r.dynamodb?.Keys?.pk?.S === 'STATE#LV',
    );
    const first = await onChange(batch);
    expect(first.batchItemFailures).toEqual([
      { itemIdentifier: latviaRecord?.dynamodb?.SequenceNumber },
    ]);
    const afterFirst = await flow.topic.receive();
    expect(afterFirst.map((m) => JSON.parse(m.Body ?? '{}').MessageAttributes.state.Value)).toEqual(
      ['LT'],
    );

    failLatvia = false;
    expect(await onChange(batch)).toEqual({ batchItemFailures: [] });
    const afterRetry = await flow.topic.receive();
    expect(afterRetry.map((m) => JSON.parse(m.Body ?? '{}').MessageAttributes.state.Value)).toEqual(
      ['LV'],
    );
  });

  it('reports the records of a state whose evaluation failed and evaluates the other states', async () => {
    await post(flow, [notified('LV'), notified('LT')]);
    const batch = await flow.table.stream.nextEvent(STREAM_FILTERS.events);
    const assessments = flow.stores.assessments;
    const failingForLatvia: AssessmentStore = {
      get: (state, treaty) => assessments.get(state, treaty),
      listByState: (state) =>
        state === 'LV' ? Promise.reject(new Error('throttled')) : assessments.listByState(state),
      listAll: () => assessments.listAll(),
      put: (assessment, expectedVersion, evaluatedAt) =>
        assessments.put(assessment, expectedVersion, evaluatedAt),
      listDue: (date) => assessments.listDue(date),
    };
    const onEvent = createOnEventHandler({
      events: flow.stores.events,
      assessments: failingForLatvia,
      clock: flow.clock,
      ...silentObservability(),
    });

    const response = await onEvent(batch);

    const latvia = batch.Records.filter((r) => r.dynamodb?.NewImage?.state?.S === 'LV');
    expect(latvia).toHaveLength(1);
    expect(response.batchItemFailures).toEqual(
      latvia.map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber })),
    );
    expect(await assessments.get('LT', 'apmbc')).toMatchObject({ status: 'withdrawal-pending' });
    expect(await assessments.get('LV', 'apmbc')).toBeNull();
  });
});
