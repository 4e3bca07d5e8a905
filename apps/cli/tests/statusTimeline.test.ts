import type { TreatyEvent } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { formatTimeline } from '../src/commands/status.js';

const event = (
  id: string,
  type: TreatyEvent['type'],
  date: string,
  retracts?: string,
): TreatyEvent => ({
  id,
  state: 'PL',
  type,
  treaty: type === 'event-retracted' ? null : 'apmbc',
  date,
  source: `https://example.org/${id}`,
  ...(retracts === undefined ? {} : { retracts }),
});

const marked = (timeline: string) =>
  timeline
    .split('\n')
    .filter((line) => line.includes('[retracted'))
    .map((line) => line.trim().split('  ')[0]);

describe('formatTimeline', () => {
  const notified = event('n', 'withdrawal-notified', '2025-06-27');
  const retraction = event('r1', 'event-retracted', '2025-07-01', 'n');
  const restoration = event('r2', 'event-retracted', '2025-07-02', 'r1');

  it.each([
    ['a retracted fact', [notified, retraction], '2025-08-01', ['2025-06-27']],
    [
      'a retraction that is itself retracted, and not what it named',
      [notified, retraction, restoration],
      '2025-08-01',
      ['2025-07-01'],
    ],
    ['nothing a retraction dated after --as-of names', [notified, retraction], '2025-06-30', []],
  ] as const)('marks %s as retracted', (_label, events, asOf, dates) => {
    expect(marked(formatTimeline(events, asOf, false))).toEqual(dates);
  });
});
