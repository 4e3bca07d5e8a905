import { describe, expect, it } from 'vitest';
import {
  assess,
  getTreaty,
  InvalidDateError,
  MixedStatesError,
  type Treaty,
  type TreatyEvent,
  type TreatyId,
} from '../src/index.js';
import { fact } from './helpers/facts.js';

const notified = (date: string, options: Parameters<typeof fact>[2] = {}) =>
  fact('withdrawal-notified', date, options);
const began = (date: string) => fact('armed-conflict-began', date);
const ended = (date: string) => fact('armed-conflict-ended', date);

function summary(events: readonly TreatyEvent[], asOf: string, treaty: TreatyId = 'apmbc') {
  const { status, since, effectiveOn, nextReviewOn } = assess(treaty, events, asOf);
  return { status, since, effectiveOn, nextReviewOn };
}

describe('assess', () => {
  describe('rule 1: what counts, in what order', () => {
    it('is a party with no date when there are no facts', () => {
      expect(summary([], '2026-01-01')).toEqual({
        status: 'party',
        since: null,
        effectiveOn: null,
        nextReviewOn: null,
      });
    });

    it('ignores events dated after asOf', () => {
      expect(summary([notified('2025-06-27')], '2025-06-26').status).toBe('party');
      expect(summary([notified('2025-06-27')], '2025-06-27').status).toBe('withdrawal-pending');
    });

    it("ignores other treaties' events", () => {
      expect(summary([notified('2025-06-27', { treaty: 'ccm' })], '2026-01-01').status).toBe(
        'party',
      );
    });

    it('ignores a retracted event, but only once the retraction is dated on or before asOf', () => {
      const events = [
        notified('2025-06-27'),
        fact('event-retracted', '2025-07-01', { retracts: 'withdrawal-notified@2025-06-27' }),
      ];
      expect(summary(events, '2025-06-30').status).toBe('withdrawal-pending');
      expect(summary(events, '2025-07-01').status).toBe('party');
    });

    it('restores an event whose retraction is itself retracted', () => {
      const events = [
        notified('2025-06-27'),
        fact('event-retracted', '2025-07-01', {
          id: 'r1',
          retracts: 'withdrawal-notified@2025-06-27',
        }),
        fact('event-retracted', '2025-07-02', { id: 'r2', retracts: 'r1' }),
      ];
      expect(summary(events, '2025-07-01').status).toBe('party');
      expect(summary(events, '2025-07-02').status).toBe('withdrawal-pending');
    });

    it('orders steps of one day by type, not arrival: announced, approved, notified, revoked', () => {
      const sameDay = [
        fact('withdrawal-revoked', '2025-06-27'),
        notified('2025-06-27'),
        fact('withdrawal-approved', '2025-06-27'),
        fact('withdrawal-announced', '2025-06-27'),
      ];
      expect(summary(sameDay, '2025-06-28')).toEqual({
        status: 'party',
        since: '2025-06-27',
        effectiveOn: null,
        nextReviewOn: null,
      });
      expect(summary(sameDay.slice(1), '2025-06-28').status).toBe('withdrawal-pending');
    });
  });

  describe('rules 2 and 3: notice expiry', () => {
    it.each([
      ['2025-06-27', '2025-12-27'],
      ['2025-08-31', '2026-02-28'],
      ['2027-08-31', '2028-02-29'],
      ['2028-02-29', '2028-08-29'],
    ])('notified on %s expires on %s', (date, expiry) => {
      expect(summary([notified(date)], date)).toEqual({
        status: 'withdrawal-pending',
        since: date,
        effectiveOn: expiry,
        nextReviewOn: expiry,
      });
      expect(summary([notified(date)], expiry)).toEqual({
        status: 'withdrawn',
        since: expiry,
        effectiveOn: expiry,
        nextReviewOn: null,
      });
    });

    it('takes a later named date where the treaty allows one', () => {
      const events = [
        notified('2025-06-02', { treaty: 'rome-statute', effectiveDate: '2026-09-01' }),
      ];
      expect(summary(events, '2026-06-02', 'rome-statute')).toMatchObject({
        status: 'withdrawal-pending',
        effectiveOn: '2026-09-01',
        nextReviewOn: '2026-09-01',
      });
      expect(summary(events, '2026-09-01', 'rome-statute')).toMatchObject({
        status: 'withdrawn',
        since: '2026-09-01',
      });
    });

    it('ignores a named date earlier than the notice period, and says so', () => {
      const events = [
        notified('2025-06-02', { treaty: 'rome-statute', effectiveDate: '2025-07-01' }),
      ];
      const assessment = assess('rome-statute', events, '2025-08-01');
      expect(assessment.effectiveOn).toBe('2026-06-02');
      expect(assessment.explanation.join(' ')).toMatch(/2025-07-01.*not later.*ignored/);
    });

    it.each([
      ['ccm', 'the treaty does not provide for a later date (Article 20(3))'],
      ['tpnw', 'the treaty does not provide for a later date (Article 17(3))'],
      ['apmbc', 'the catalog has no verified provision of the Ottawa Convention for a later date'],
      ['npt', 'the catalog has no verified provision of the NPT for a later date'],
      [
        'bwc',
        'the catalog has no verified provision of the Biological Weapons Convention for a later date',
      ],
      ['ctbt', null],
    ] as const)(
      'ignores a named date under %s, saying exactly what the text allows',
      (treaty, words) => {
        const events = [notified('2025-06-27', { treaty, effectiveDate: '2027-09-01' })];
        const assessment = assess(treaty, events, '2025-08-01');
        expect(assessment.effectiveOn).not.toBe('2027-09-01');
        const text = assessment.explanation.join(' ');
        if (words !== null) expect(text).toContain(`The instrument names 2027-09-01, but ${words}`);
        expect(text).not.toContain('allows no later date');
      },
    );

    it.each([
      ['cwc', '2025-01-01', '2025-04-01'],
      ['npt', '2003-01-10', '2003-04-10'],
      ['tpnw', '2025-02-28', '2026-02-28'],
      ['paris-agreement', '2024-02-29', '2025-02-28'],
    ] as const)('%s notified on %s takes effect on %s', (treaty, date, expiry) => {
      expect(summary([notified(date, { treaty })], expiry, treaty)).toMatchObject({
        status: 'withdrawn',
        effectiveOn: expiry,
      });
    });
  });

  describe('rules 4 and 5: armed conflict', () => {
    const expiry = '2025-12-27';
    it.each([
      ['no conflict', [], 'withdrawn'],
      ['a conflict running through the expiry', [began('2022-02-24')], 'withdrawal-suspended'],
      ['a conflict beginning on the expiry day', [began(expiry)], 'withdrawal-suspended'],
      ['a conflict ending on the expiry day', [began('2022-02-24'), ended(expiry)], 'withdrawn'],
      ['a conflict that ended before', [began('2022-02-24'), ended('2025-01-01')], 'withdrawn'],
      ['a conflict beginning the day after', [began('2025-12-28')], 'withdrawn'],
      [
        'two conflicts touching on the expiry day',
        [began('2025-01-01'), ended(expiry), began(expiry)],
        'withdrawal-suspended',
      ],
    ] as const)('at expiry with %s: %s', (_label, conflict, status) => {
      expect(summary([notified('2025-06-27'), ...conflict], '2026-01-05').status).toBe(status);
    });

    it('suspends from the expiry day, with no effective date and nothing to sweep', () => {
      expect(summary([began('2022-02-24'), notified('2025-06-27')], '2026-01-05')).toEqual({
        status: 'withdrawal-suspended',
        since: expiry,
        effectiveOn: null,
        nextReviewOn: null,
      });
    });

    it('takes effect on the day the conflict ends', () => {
      const events = [began('2022-02-24'), notified('2025-06-27'), ended('2026-03-10')];
      expect(summary(events, '2026-03-09').status).toBe('withdrawal-suspended');
      expect(summary(events, '2026-03-10')).toEqual({
        status: 'withdrawn',
        since: '2026-03-10',
        effectiveOn: '2026-03-10',
        nextReviewOn: null,
      });
    });

    it('ignores conflicts for treaties without a clause', () => {
      const events = [began('2022-02-24'), notified('2025-06-02', { treaty: 'rome-statute' })];
      expect(summary(events, '2026-06-02', 'rome-statute').status).toBe('withdrawn');
    });

    it('explains a suspension with the article and the conflict', () => {
      const text = assess(
        'apmbc',
        [began('2022-02-24'), notified('2025-06-27')],
        '2026-01-05',
      ).explanation.join(' ');
      expect(text).toMatch(/Article 20\(3\)/);
      expect(text).toMatch(/2022-02-24/);
      expect(text).toMatch(/2025-12-27/);
    });
  });

  describe('rule 6: revocation, rejoining, cycles', () => {
    it.each([
      ['announced', [fact('withdrawal-announced', '2025-03-01')]],
      ['approved', [fact('withdrawal-approved', '2025-03-01')]],
      ['suspension-declared', [fact('suspension-declared', '2025-03-01')]],
      ['pending', [notified('2025-03-01')]],
      ['suspended', [began('2022-01-01'), notified('2024-03-01')]],
    ])('revocation from %s makes the state a party from that day', (_label, before) => {
      expect(summary([...before, fact('withdrawal-revoked', '2025-06-01')], '2025-07-01')).toEqual({
        status: 'party',
        since: '2025-06-01',
        effectiveOn: null,
        nextReviewOn: null,
      });
    });

    it('changes nothing when revoked after the withdrawal took effect, and says so', () => {
      const events = [notified('2025-06-27'), fact('withdrawal-revoked', '2026-01-05')];
      const assessment = assess('apmbc', events, '2026-02-01');
      expect(assessment).toMatchObject({
        status: 'withdrawn',
        since: '2025-12-27',
        effectiveOn: '2025-12-27',
      });
      expect(assessment.explanation.join(' ')).toMatch(
        /already taken effect on 2025-12-27; the revocation changes nothing/,
      );
    });

    it('treats a revocation on the effective day as too late', () => {
      const events = [notified('2025-06-27'), fact('withdrawal-revoked', '2025-12-27')];
      expect(summary(events, '2025-12-27').status).toBe('withdrawn');
    });

    it('changes nothing with a second notification while one runs, and says so', () => {
      const events = [notified('2025-06-27'), notified('2025-09-01', { id: 'second' })];
      const assessment = assess('apmbc', events, '2025-10-01');
      expect(assessment).toMatchObject({ since: '2025-06-27', effectiveOn: '2025-12-27' });
      expect(assessment.explanation.join(' ')).toMatch(/changes nothing/);
    });

    it('rejoins with became-party, and a new notification starts a new cycle', () => {
      const events = [
        notified('2019-11-04', { treaty: 'paris-agreement' }),
        fact('became-party', '2021-02-19', { treaty: 'paris-agreement' }),
        notified('2025-01-27', { treaty: 'paris-agreement' }),
      ];
      expect(summary(events, '2021-01-01', 'paris-agreement')).toMatchObject({
        status: 'withdrawn',
        since: '2020-11-04',
      });
      expect(summary(events, '2021-02-19', 'paris-agreement')).toEqual({
        status: 'party',
        since: '2021-02-19',
        effectiveOn: null,
        nextReviewOn: null,
      });
      expect(summary(events, '2026-01-27', 'paris-agreement')).toMatchObject({
        status: 'withdrawn',
        since: '2026-01-27',
      });
    });

    it('starts a new cycle after a revoked one', () => {
      const events = [
        notified('2024-01-10'),
        fact('withdrawal-revoked', '2024-02-01'),
        notified('2024-03-15', { id: 'n2' }),
      ];
      expect(summary(events, '2024-04-01')).toMatchObject({
        status: 'withdrawal-pending',
        effectiveOn: '2024-09-15',
      });
    });

    it.each(['withdrawal-announced', 'withdrawal-approved', 'suspension-declared'] as const)(
      '%s moves the status only while no notification runs',
      (type) => {
        expect(summary([fact(type, '2025-01-01')], '2025-01-02')).toMatchObject({
          status: type,
          since: '2025-01-01',
        });
        expect(
          summary([notified('2024-12-01'), fact(type, '2025-01-01')], '2025-01-02').status,
        ).toBe('withdrawal-pending');
        expect(
          summary([notified('2024-01-01'), fact(type, '2025-01-01')], '2025-01-02').status,
        ).toBe('withdrawn');
      },
    );

    it('keeps the first date of a status repeated', () => {
      const events = [
        fact('withdrawal-announced', '2025-04-01'),
        fact('withdrawal-announced', '2025-05-28', { id: 'again' }),
      ];
      expect(summary(events, '2025-06-01')).toMatchObject({
        status: 'withdrawal-announced',
        since: '2025-04-01',
      });
    });
  });

  describe('at-notification clause', () => {
    // No catalog treaty checks at notification; a Geneva-style clause with CCW's figures stands in.
    const geneva: Treaty = { ...getTreaty('ccw'), armedConflictClause: 'at-notification' };
    const atNotification = (events: TreatyEvent[], asOf: string) => {
      const asCcw = events.map((e) => ({
        ...e,
        treaty: e.treaty === null ? null : ('ccw' as const),
      }));
      const { status, since, effectiveOn, nextReviewOn } = assess(geneva, asCcw, asOf);
      return { status, since, effectiveOn, nextReviewOn };
    };

    it('takes effect at expiry when not engaged at notification, even if engaged at expiry', () => {
      expect(
        atNotification([notified('2025-01-10'), began('2025-12-01')], '2026-01-10'),
      ).toMatchObject({
        status: 'withdrawn',
        effectiveOn: '2026-01-10',
      });
    });

    it('suspends from expiry when engaged at notification and the conflict goes on', () => {
      const events = [began('2024-01-01'), notified('2025-01-10')];
      expect(atNotification(events, '2025-02-01')).toEqual({
        status: 'withdrawal-pending',
        since: '2025-01-10',
        effectiveOn: null,
        nextReviewOn: '2026-01-10',
      });
      expect(atNotification(events, '2026-01-10')).toEqual({
        status: 'withdrawal-suspended',
        since: '2026-01-10',
        effectiveOn: null,
        nextReviewOn: null,
      });
    });

    it('takes effect when the conflict engaged at notification ends after expiry', () => {
      const events = [began('2024-01-01'), notified('2025-01-10'), ended('2026-05-01')];
      expect(atNotification(events, '2026-04-30').status).toBe('withdrawal-suspended');
      expect(atNotification(events, '2026-05-01')).toMatchObject({
        status: 'withdrawn',
        since: '2026-05-01',
      });
    });

    it('takes effect at expiry when the conflict engaged at notification ended before', () => {
      const events = [began('2024-01-01'), notified('2025-01-10'), ended('2025-06-01')];
      expect(atNotification(events, '2026-01-10')).toMatchObject({
        status: 'withdrawn',
        effectiveOn: '2026-01-10',
      });
    });
  });

  describe('suspension claims and objections', () => {
    it('says the treaty has no suspension clause, cites VCLT and names the objectors', () => {
      const events = [
        fact('suspension-declared', '2025-07-18'),
        fact('objection-lodged', '2025-10-19', { objector: 'CH' }),
        fact('objection-lodged', '2025-10-20', { objector: 'AT' }),
      ];
      const assessment = assess('apmbc', events, '2026-01-15');
      expect(assessment.status).toBe('suspension-declared');
      const text = assessment.explanation.join('\n');
      expect(text).toMatch(/no suspension clause/);
      expect(text).toMatch(/Article 20\(3\)/);
      expect(text).toMatch(/Article 62/);
      expect(text).toMatch(/Article 65/);
      expect(text).toMatch(/Switzerland \(2025-10-19\), Austria \(2025-10-20\)/);
    });

    it('changes no status with an objection', () => {
      expect(
        summary([fact('objection-lodged', '2025-10-19', { objector: 'CH' })], '2026-01-01').status,
      ).toBe('party');
    });
  });

  describe('sources and explanation', () => {
    it('lists the sources of the facts used, in date order, without repeats', () => {
      const events = [
        notified('2025-06-27', { source: 'https://b.example/' }),
        fact('withdrawal-announced', '2025-03-18', { source: 'https://a.example/' }),
        fact('withdrawal-approved', '2025-05-08', { source: 'https://a.example/' }),
      ];
      expect(assess('apmbc', events, '2026-01-01').sources).toEqual([
        'https://a.example/',
        'https://b.example/',
      ]);
    });

    it('opens with the article and cites the computed dates', () => {
      const assessment = assess('apmbc', [notified('2025-06-27')], '2026-01-01');
      expect(assessment.explanation[0]).toMatch(/^Ottawa Convention, Article 20\(3\)/);
      expect(assessment.explanation.join(' ')).toMatch(/2025-06-27.*2025-12-27/);
    });
  });

  describe('programmer errors', () => {
    it('throws InvalidDateError for an invalid asOf', () => {
      expect(() => assess('apmbc', [], '2025-02-30')).toThrow(InvalidDateError);
    });

    it('throws MixedStatesError for events of several states', () => {
      expect(() =>
        assess(
          'apmbc',
          [notified('2025-01-01'), fact('withdrawal-announced', '2025-01-01', { state: 'FI' })],
          '2025-02-01',
        ),
      ).toThrow(MixedStatesError);
    });
  });
});

describe('assess explanation', () => {
  it('marks a fact whose date is unverified where it cites it', () => {
    const { explanation } = assess(
      'apmbc',
      [notified('2025-08-20', { confidence: 'unverified' })],
      '2026-01-15',
    );
    expect(explanation).toContain(
      '2025-08-20 (date unverified): the depositary received the notice of withdrawal; the notice period of 6 months ends on 2026-02-20.',
    );
  });

  it('cites a verified date plainly', () => {
    const { explanation } = assess('apmbc', [notified('2025-08-20')], '2026-01-15');
    expect(explanation.some((line) => line.includes('unverified'))).toBe(false);
  });

  it('says what the clause would do to a withdrawal notified during an ongoing armed conflict', () => {
    const events = [began('2022-02-24'), fact('suspension-declared', '2025-07-18')];
    const { explanation, sources } = assess('apmbc', events, '2026-01-15');
    expect(explanation.at(-1)).toBe(
      'As of 2026-01-15 the state has been engaged in an armed conflict since 2022-02-24: under Article 20(3), a withdrawal notified now would not take effect while it is still so engaged when the notice period ends.',
    );
    expect(sources).toContain('https://example.org/armed-conflict-began/2022-02-24');
  });

  it('says nothing of an armed conflict that has ended, or under a treaty without a clause', () => {
    const endedConflict = [
      began('2022-02-24'),
      ended('2025-01-01'),
      fact('withdrawal-announced', '2025-06-01'),
    ];
    expect(assess('apmbc', endedConflict, '2026-01-15').explanation.join(' ')).not.toContain(
      'armed conflict since',
    );
    const noClause = [
      began('2022-02-24'),
      fact('withdrawal-announced', '2025-06-01', { treaty: 'npt' }),
    ];
    expect(assess('npt', noClause, '2026-01-15').explanation.join(' ')).not.toContain(
      'armed conflict since',
    );
  });
});

describe('assess objections', () => {
  it('names the objecting state and what it objects to', () => {
    const events = [
      fact('suspension-declared', '2025-07-18', { state: 'UA' }),
      fact('objection-lodged', '2025-10-19', { state: 'UA', objector: 'CH' }),
    ];
    expect(assess('apmbc', events, '2026-01-15').explanation).toContain(
      "2025-10-19: Switzerland objected to Ukraine's declared suspension; an objection changes no status.",
    );
  });
});
