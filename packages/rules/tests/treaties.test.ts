import { describe, expect, it } from 'vitest';
import { findTreaty, getTreaty, TREATIES, UnknownTreatyError } from '../src/index.js';
import type { TreatyId } from '../src/types.js';

describe('TREATIES', () => {
  it('holds the eleven treaties of the design, each once', () => {
    expect(TREATIES.map((treaty) => treaty.id).sort()).toEqual([
      'apmbc',
      'att',
      'bwc',
      'ccm',
      'ccw',
      'ctbt',
      'cwc',
      'npt',
      'paris-agreement',
      'rome-statute',
      'tpnw',
    ]);
  });

  it.each([
    ['apmbc', 6, 'months', 'unverified', 'at-expiry', 'Article 20(3)', 'the depositary'],
    ['ccm', 6, 'months', 'not-provided', 'at-expiry', 'Article 20(3)', 'the depositary'],
    ['tpnw', 12, 'months', 'not-provided', 'at-expiry', 'Article 17(3)', 'the depositary'],
    ['ccw', 1, 'years', 'not-provided', 'at-expiry', 'Article 9(2)', 'the depositary'],
    [
      'rome-statute',
      1,
      'years',
      'allowed',
      'none',
      'Article 127(1)',
      'the Secretary-General of the United Nations',
    ],
    [
      'npt',
      3,
      'months',
      'unverified',
      'none',
      'Article X(1)',
      'all other Parties to the Treaty and the United Nations Security Council',
    ],
    [
      'cwc',
      90,
      'days',
      'unverified',
      'none',
      'Article XVI(2)',
      'all other States Parties, the Executive Council, the Depositary and the United Nations Security Council',
    ],
    [
      'bwc',
      3,
      'months',
      'unverified',
      'none',
      'Article XIII(2)',
      'all other States Parties to the Convention and the United Nations Security Council',
    ],
    ['att', 90, 'days', 'allowed', 'none', 'Article 24(2)', 'the depositary'],
    ['paris-agreement', 1, 'years', 'allowed', 'none', 'Article 28(2)', 'the depositary'],
    [
      'ctbt',
      6,
      'months',
      'unverified',
      'none',
      'Article IX(3)',
      'all other States Parties, the Executive Council, the Depositary and the United Nations Security Council',
    ],
  ] as const)(
    'describes %s: %i %s, later date %s, conflict clause %s, %s, notice to %s',
    (id, amount, unit, later, conflict, article, noticeTo) => {
      const treaty = getTreaty(id);
      expect(treaty.noticePeriod).toEqual({ amount, unit });
      expect(treaty.laterDate).toBe(later);
      expect(treaty.armedConflictClause).toBe(conflict);
      expect(treaty.article).toBe(article);
      expect(treaty.noticeTo).toBe(noticeTo);
      expect(treaty.hasSuspensionClause).toBe(false);
    },
  );

  it('quotes every clause with its article and an http(s) source', () => {
    for (const treaty of TREATIES) {
      expect(treaty.quotes.length).toBeGreaterThan(0);
      expect(treaty.laterDateBasis.length).toBeGreaterThan(20);
      for (const quote of treaty.quotes) {
        expect(quote.text.length).toBeGreaterThan(40);
        expect(quote.article).not.toBe('');
        expect(quote.source).toMatch(/^https?:\/\//);
      }
    }
  });

  it('quotes the withdrawal article itself for every treaty', () => {
    for (const treaty of TREATIES) {
      expect(treaty.quotes.map((quote) => quote.article)).toContain(treaty.article);
    }
  });

  it('says what stays unverified where the English text is not verbatim', () => {
    for (const id of ['apmbc', 'ccm', 'tpnw', 'ccw', 'ctbt'] as const) {
      expect(getTreaty(id).unverified).toMatch(/not (found|retrieved) verbatim/);
    }
    for (const id of ['rome-statute', 'npt', 'cwc', 'bwc', 'att'] as const) {
      expect(getTreaty(id).quotes.every((quote) => quote.language === 'en')).toBe(true);
    }
  });

  it('says the CTBT is not in force, and when every other treaty entered into force, with a source', () => {
    expect(getTreaty('ctbt').entryIntoForce).toBeNull();
    for (const treaty of TREATIES.filter((t) => t.id !== 'ctbt')) {
      expect(treaty.entryIntoForce?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(treaty.entryIntoForce?.source).toMatch(/^https?:\/\//);
    }
  });

  it('holds the Paris Agreement Article 28(1) bar as data: three years a party before notice', () => {
    expect(getTreaty('paris-agreement').noticeBar).toEqual({
      period: { amount: 3, unit: 'years' },
      article: 'Article 28(1)',
    });
    expect(TREATIES.filter((t) => t.noticeBar !== null).map((t) => t.id)).toEqual([
      'paris-agreement',
    ]);
  });
});

describe('findTreaty', () => {
  it.each([
    ['ottawa', 'apmbc'],
    ['icc', 'rome-statute'],
    ['apmbc', 'apmbc'],
    ['ctbt', 'ctbt'],
  ])('finds %s as %s', (key, id) => {
    expect(findTreaty(key)?.id).toBe(id);
  });

  it.each(['geneva', 'Ottawa', 'APMBC', '', 'constructor', 'toString'])(
    'never guesses %j',
    (key) => {
      expect(findTreaty(key)).toBeUndefined();
    },
  );
});

describe('getTreaty', () => {
  it('throws UnknownTreatyError for an id outside the catalog', () => {
    expect(() => getTreaty('geneva' as TreatyId)).toThrow(UnknownTreatyError);
  });
});
