import { DynamoAssessmentStore, DynamoEventStore } from '@treatywatch/aws/dynamodb';
import { evaluateState, fixedClock, recordEvents } from '@treatywatch/core';
import type { ScheduledEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createSweepHandler } from '../../src/sweep/createSweepHandler.js';
import { createTestTable } from '../helpers/localAws.js';
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
  it('evaluates the states due today and nothing once they are done', async () => {
    const table = await createTestTable();
    const clock = fixedClock('2025-07-01T09:00:00Z');
    const deps = {
      events: new DynamoEventStore(table),
      assessments: new DynamoAssessmentStore(table),
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

    expect(await sweep(scheduled(clock.now()))).toMatchObject({ due: 0, states: [] });

    clock.set('2025-12-27T00:05:00Z');
    const summary = await sweep(scheduled(clock.now()));
    expect(summary).toEqual({
      asOf: '2025-12-27',
      due: 1,
      states: ['LT'],
      changes: [expect.stringContaining('LT#apmbc')],
    });
    expect(await deps.assessments.get('LT', 'apmbc')).toMatchObject({
      status: 'withdrawn',
      nextReviewOn: null,
    });

    expect(await sweep(scheduled(clock.now()))).toMatchObject({ due: 0, changes: [] });
  });
});
