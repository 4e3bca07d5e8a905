import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
} from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { evaluateState, fixedClock, recordEvents } from '@treatywatch/core';
import type { ScheduledEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../src/sweep/createSweepHandler.js';
import { createTestTable, createTestTopic } from '../helpers/localAws.js';
import { silentObservability } from '../helpers/silentObservability.js';

const scheduled = (time: string): ScheduledEvent => ({
  version: '0',
  id: '89d1a02d-5ec7-412e-82f5-13505f849b41',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time,
  region: 'us-east-1',
  resources: ['arn:aws:events:us-east-1:123456789012:rule/treatywatch-sweep'],
  detail: {},
});

describe('the sweep', () => {
  it('evaluates the states due today, sends the reminder of the day, and nothing once they are done', async () => {
    const table = await createTestTable();
    const topic = await createTestTopic({ reminders: [179] });
    const clock = fixedClock('2025-07-01T09:00:00Z');
    const deps = {
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
      notifier: new SnsNotifier(topic),
      ledger: new DynamoNotificationLedger(table),
      clock,
    };
    await recordEvents(deps, {
      state: 'LT',
      type: 'withdrawal-notified',
      treaty: 'apmbc',
      date: '2025-06-27',
      source: 'https://treaties.un.org/doc/Publication/CN/2025/CN.123.2025-Eng.pdf',
    });
    await evaluateState(deps, 'LT');
    const sweep = createSweepHandler({ ...deps, ...silentObservability() });

    // 179 days before it takes effect: due for the reminder, which the subscriber asked for.
    expect(await sweep(scheduled(clock.now()))).toMatchObject({
      due: 1,
      changes: [],
      reminders: ['LT#apmbc#effective@2025-12-27#179d'],
      digests: [],
    });
    const received = await topic.receive();
    expect(received.map((m) => JSON.parse(m.Body ?? '{}').MessageAttributes.kind.Value)).toEqual([
      'reminder',
    ]);

    clock.set('2025-12-27T00:05:00Z');
    const summary = await sweep(scheduled(clock.now()));
    expect(summary).toEqual({
      asOf: '2025-12-27',
      due: 1,
      states: ['LT'],
      changes: [expect.stringContaining('LT#apmbc')],
      reminders: [],
      digests: [],
    });
    expect(await deps.assessments.get('LT', 'apmbc')).toMatchObject({
      status: 'withdrawn',
      nextReviewOn: null,
    });

    expect(await sweep(scheduled(clock.now()))).toMatchObject({ due: 0, changes: [] });
  });
});
