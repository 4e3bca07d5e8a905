import { describe, expect, it } from 'vitest';
import { assess, type TreatyEvent, type TreatyId } from '../src/index.js';
import { fact } from './helpers/facts.js';

const paris = (type: Parameters<typeof fact>[0], date: string, id?: string) =>
  fact(type, date, { treaty: 'paris-agreement', ...(id === undefined ? {} : { id }) });

function summary(treaty: TreatyId, events: readonly TreatyEvent[], asOf: string) {
  const { status, since, effectiveOn, nextReviewOn } = assess(treaty, events, asOf);
  return { status, since, effectiveOn, nextReviewOn };
}

const text = (treaty: TreatyId, events: readonly TreatyEvent[], asOf: string) =>
  assess(treaty, events, asOf).explanation.join('\n');

describe('assess, as each treaty text says', () => {
  describe('Paris Agreement Article 28(1): three years a party before notice', () => {
    const joined = paris('became-party', '2021-02-19');

    it.each([
      ['a day before the first day', '2024-02-18', 'party'],
      ['on the first day', '2024-02-19', 'withdrawal-pending'],
      ['after it', '2025-01-27', 'withdrawal-pending'],
    ] as const)('a notice given %s (%s) leaves the status %s', (_label, day, status) => {
      const events = [joined, paris('withdrawal-notified', day)];
      expect(summary('paris-agreement', events, day).status).toBe(status);
    });

    it('starts no notice period for an early notice: the status stays what it was, with no effective date', () => {
      const events = [
        joined,
        paris('withdrawal-announced', '2022-06-01'),
        paris('withdrawal-notified', '2023-01-10'),
      ];
      expect(summary('paris-agreement', events, '2025-01-01')).toEqual({
        status: 'withdrawal-announced',
        since: '2022-06-01',
        effectiveOn: null,
        nextReviewOn: null,
      });
    });

    it('cites Article 28(1) and the first day a notice could be given', () => {
      const events = [joined, paris('withdrawal-notified', '2023-01-10')];
      expect(text('paris-agreement', events, '2025-01-01')).toContain(
        '2023-01-10: the depositary received a notice of withdrawal, but under Article 28(1) a party may give notice only once it has been a party for 3 years: the state became a party on 2021-02-19, so the first day it could give notice is 2024-02-19.',
      );
    });

    it('counts from the later became-party after a withdrawal took effect', () => {
      const events = [
        paris('withdrawal-notified', '2019-11-04'),
        paris('became-party', '2021-02-19', 'rejoined'),
        paris('withdrawal-notified', '2022-03-01', 'early'),
      ];
      expect(summary('paris-agreement', events, '2023-06-01')).toMatchObject({
        status: 'party',
        since: '2021-02-19',
        effectiveOn: null,
      });
    });

    it('says the bar could not be checked when no became-party is recorded, and lets the notice run', () => {
      const events = [paris('withdrawal-notified', '2019-11-04')];
      expect(summary('paris-agreement', events, '2020-01-01').status).toBe('withdrawal-pending');
      expect(text('paris-agreement', events, '2020-01-01')).toContain(
        'no date on which the state became a party is recorded, so that bar could not be checked.',
      );
    });
  });

  describe('a treaty not in force', () => {
    const ctbt = (type: Parameters<typeof fact>[0], date: string) =>
      fact(type, date, { state: 'RU', treaty: 'ctbt' });

    it.each(['2023-11-03', '2024-05-03', '2030-01-01'])(
      'starts no notice period and never withdraws the state (as of %s)',
      (asOf) => {
        const events = [ctbt('withdrawal-notified', '2023-11-03')];
        expect(summary('ctbt', events, asOf)).toEqual({
          status: 'party',
          since: null,
          effectiveOn: null,
          nextReviewOn: null,
        });
      },
    );

    it('says the treaty has not entered into force, and that the instrument records a revoked ratification', () => {
      const explanation = text('ctbt', [ctbt('withdrawal-notified', '2023-11-03')], '2024-01-01');
      expect(explanation).toContain('The CTBT has not entered into force');
      expect(explanation).toContain(
        'but the CTBT has not entered into force: no notice period runs and nothing takes effect',
      );
      expect(explanation).toContain('records that the state revokes its ratification');
    });

    it('starts nothing for a notice given before the treaty entered into force', () => {
      const events = [fact('withdrawal-notified', '2020-06-01', { treaty: 'tpnw' })];
      expect(summary('tpnw', events, '2022-01-01').status).toBe('party');
      expect(text('tpnw', events, '2022-01-01')).toContain(
        'had not yet entered into force (it did on 2021-01-22)',
      );
    });
  });

  describe('who receives notice', () => {
    it.each([
      ['npt', 'all other Parties to the Treaty and the United Nations Security Council'],
      ['bwc', 'all other States Parties to the Convention and the United Nations Security Council'],
      [
        'cwc',
        'all other States Parties, the Executive Council, the Depositary and the United Nations Security Council',
      ],
    ] as const)('under %s, names %s and no depositary receiving it', (treaty, recipients) => {
      const explanation = text(
        treaty,
        [fact('withdrawal-notified', '2003-01-10', { treaty })],
        '2003-02-01',
      );
      expect(explanation).toContain(`after notice of it reaches ${recipients}.`);
      expect(explanation).toContain(`2003-01-10: ${recipients} received the notice of withdrawal`);
      expect(explanation).not.toMatch(/the depositary receive/i);
    });
  });

  describe('since', () => {
    it.each([
      ['after became-party', [fact('became-party', '2019-01-01')], '2019-01-01'],
      [
        'after a revocation and a later became-party',
        [
          fact('withdrawal-notified', '2024-01-10'),
          fact('withdrawal-revoked', '2024-02-01'),
          fact('became-party', '2024-05-01'),
        ],
        '2024-05-01',
      ],
    ] as const)('is the day the state became a party %s', (_label, events, since) => {
      expect(summary('apmbc', events, '2025-01-01')).toMatchObject({ status: 'party', since });
    });
  });

  describe('explanations', () => {
    it('lists the same objection recorded twice once, and writes no sentence twice', () => {
      const events = [
        fact('suspension-declared', '2025-07-18', { state: 'UA' }),
        fact('objection-lodged', '2025-10-19', { state: 'UA', objector: 'CH', id: 'o1' }),
        fact('objection-lodged', '2025-10-19', {
          state: 'UA',
          objector: 'CH',
          id: 'o2',
          source: 'https://example.org/again',
        }),
        fact('withdrawal-approved', '2025-07-20', { state: 'UA', id: 'a1' }),
        fact('withdrawal-approved', '2025-07-20', { state: 'UA', id: 'a2' }),
      ];
      const { explanation } = assess('apmbc', events, '2026-01-15');
      expect(explanation).toContain(
        'Objections to the declared suspension: Switzerland (2025-10-19).',
      );
      expect(new Set(explanation).size).toBe(explanation.length);
    });

    it('gives dated sentences in date order, whatever was retracted', () => {
      const events = [
        fact('withdrawal-notified', '2025-06-27'),
        fact('withdrawal-announced', '2026-01-05', { id: 'late' }),
        fact('event-retracted', '2026-01-10', { retracts: 'late' }),
      ];
      const { explanation } = assess('apmbc', events, '2026-02-01');
      // The opening cites the clause; a withdrawn status adds no closing sentence.
      const body = explanation.slice(1);
      const dates = body.map((line) => /^(\d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? null);
      expect(dates).not.toContain(null);
      expect(dates).toEqual([...dates].sort());
      expect(explanation).toContain(
        '2026-01-10: the event of 2026-01-05 (withdrawal announced) was retracted and does not count.',
      );
    });

    it('says a revoked suspension declaration is a revoked suspension, not a withdrawal', () => {
      const events = [
        fact('suspension-declared', '2025-07-18'),
        fact('withdrawal-revoked', '2025-09-01'),
      ];
      const explanation = text('apmbc', events, '2025-10-01');
      expect(explanation).toContain(
        '2025-09-01: the state revoked its suspension of the Ottawa Convention; its status is party again.',
      );
      expect(explanation).not.toContain('revoked its withdrawal');
    });

    it('says both when one armed conflict ends and another begins the day a suspension holds', () => {
      const events = [
        fact('armed-conflict-began', '2022-02-24'),
        fact('withdrawal-notified', '2025-06-27'),
        fact('armed-conflict-ended', '2026-02-01'),
        fact('armed-conflict-began', '2026-02-01'),
      ];
      const assessment = assess('apmbc', events, '2026-03-01');
      expect(assessment.status).toBe('withdrawal-suspended');
      expect(assessment.explanation).toContain(
        '2026-02-01: an armed conflict ended and another began the same day; the state stayed engaged, and the withdrawal stays suspended.',
      );
    });
  });
});
