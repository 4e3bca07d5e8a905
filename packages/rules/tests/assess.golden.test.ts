import { describe, expect, it } from 'vitest';
import {
  assess,
  assessState,
  type TreatyEvent,
  type TreatyId,
  validateEvents,
} from '../src/index.js';
import { curatedData } from './helpers/facts.js';

interface ReportedDate {
  state: string;
  treaty: TreatyId;
  effectiveOn: string;
  source: string;
}

const curated = validateEvents(curatedData('events.json'));
if (!curated.ok) throw new Error(`data/events.json is invalid: ${JSON.stringify(curated.issues)}`);
const events: readonly TreatyEvent[] = curated.events;
const reported = curatedData('effective-dates.json') as ReportedDate[];
const ofState = (state: string) => events.filter((event) => event.state === state);

describe('assess on the real histories', () => {
  it('covers every effective date that sources report, each with its source', () => {
    expect(reported.length).toBe(11);
    for (const row of reported) expect(row.source).toMatch(/^https?:\/\//);
  });

  it.each(reported.map((row) => [row.state, row.treaty, row.effectiveOn] as const))(
    '%s %s takes effect on %s, as sources report',
    (state, treaty, effectiveOn) => {
      const onTheDay = assess(treaty, ofState(state), effectiveOn);
      expect(onTheDay.status).toBe('withdrawn');
      expect(onTheDay.effectiveOn).toBe(effectiveOn);
      expect(onTheDay.since).toBe(effectiveOn);
      const dayBefore = new Date(`${effectiveOn}T00:00:00Z`);
      dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
      const before = assess(treaty, ofState(state), dayBefore.toISOString().slice(0, 10));
      expect(before.status).toBe('withdrawal-pending');
      expect(before.nextReviewOn).toBe(effectiveOn);
    },
  );

  it.each([
    ['LT', 'apmbc', 'withdrawn', '2025-12-27'],
    ['LV', 'apmbc', 'withdrawn', '2025-12-27'],
    ['EE', 'apmbc', 'withdrawn', '2025-12-27'],
    ['FI', 'apmbc', 'withdrawn', '2026-01-10'],
    ['PL', 'apmbc', 'withdrawal-pending', '2026-02-20'],
    ['LT', 'ccm', 'withdrawn', '2025-03-06'],
    ['US', 'paris-agreement', 'withdrawal-pending', '2026-01-27'],
    ['HU', 'rome-statute', 'withdrawal-pending', '2026-06-02'],
    ['KP', 'npt', 'withdrawn', '2003-04-10'],
  ] as const)('as of 2026-01-15, %s %s is %s (%s)', (state, treaty, status, effectiveOn) => {
    expect(assess(treaty, ofState(state), '2026-01-15')).toMatchObject({ status, effectiveOn });
  });

  it.each(['GM', 'ZA'])('as of 2026-01-15, %s is a party again after revoking in time', (state) => {
    expect(assess('rome-statute', ofState(state), '2026-01-15').status).toBe('party');
  });

  it("as of 2026-01-15, Ukraine's Ottawa status is a declared suspension, with the objections", () => {
    const ukraine = assess('apmbc', ofState('UA'), '2026-01-15');
    expect(ukraine).toMatchObject({
      status: 'suspension-declared',
      since: '2025-07-18',
      effectiveOn: null,
      nextReviewOn: null,
    });
    const text = ukraine.explanation.join('\n');
    expect(text).toMatch(/no suspension clause/);
    expect(text).toMatch(/Switzerland/);
    expect(ukraine.sources).toContain(
      'https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty',
    );
  });

  it('assesses every treaty of a state, sorted by treaty id', () => {
    expect(assessState('LT', events, '2026-01-15').map((a) => [a.treaty, a.status])).toEqual([
      ['apmbc', 'withdrawn'],
      ['ccm', 'withdrawn'],
    ]);
  });

  it('leaves out treaties whose only events come after asOf', () => {
    expect(assessState('LT', events, '2024-07-01')).toEqual([]);
  });
});
