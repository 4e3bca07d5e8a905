import { marshall } from '@aws-sdk/util-dynamodb';
import { validateEvents } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { toEventItem } from '../src/dynamodb/eventItem.js';
import { assessmentFromImage, eventFromImage } from '../src/dynamodb/index.js';
import { rawEvent } from './helpers/sampleEvents.js';

describe('assessmentFromImage', () => {
  it('reads a stored assessment from a stream image', () => {
    const image = marshall({
      pk: 'STATE#LT',
      sk: 'ASSESSMENT#apmbc',
      kind: 'assessment',
      state: 'LT',
      treaty: 'apmbc',
      status: 'withdrawn',
      since: '2025-12-27',
      effectiveOn: '2025-12-27',
      explanation: ['Took effect.'],
      sources: ['https://example.org'],
      version: 3,
      evaluatedAt: '2025-12-27T00:00:00.000Z',
    });
    expect(assessmentFromImage(image)).toEqual({
      state: 'LT',
      treaty: 'apmbc',
      status: 'withdrawn',
      since: '2025-12-27',
      effectiveOn: '2025-12-27',
      nextReviewOn: null,
      explanation: ['Took effect.'],
      sources: ['https://example.org'],
      version: 3,
      evaluatedAt: '2025-12-27T00:00:00.000Z',
    });
  });

  it('answers null for an image of another kind of item', () => {
    expect(
      assessmentFromImage(marshall({ pk: 'SUB#1', sk: 'SUB', kind: 'subscription' })),
    ).toBeNull();
  });
});

describe('eventFromImage', () => {
  it('reads back the event an event item was written from', () => {
    const result = validateEvents([rawEvent.uaDecree]);
    if (!result.ok) throw new Error('invalid sample');
    const [event] = result.events;
    if (event === undefined) throw new Error('no event');
    expect(eventFromImage(marshall(toEventItem(event), { removeUndefinedValues: true }))).toEqual(
      event,
    );
  });

  it('answers null for an image of another kind of item', () => {
    expect(
      eventFromImage(marshall({ pk: 'EVENTID#x', sk: 'EVENTID', kind: 'event-id' })),
    ).toBeNull();
  });
});
