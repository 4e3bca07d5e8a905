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
    ['apmbc', 6, 'months', false, 'at-expiry', 'Article 20(3)'],
    ['ccm', 6, 'months', false, 'at-expiry', 'Article 20(3)'],
    ['tpnw', 12, 'months', false, 'at-expiry', 'Article 17(3)'],
    ['ccw', 1, 'years', false, 'at-expiry', 'Article 9(2)'],
    ['rome-statute', 1, 'years', true, 'none', 'Article 127(1)'],
    ['npt', 3, 'months', false, 'none', 'Article X(1)'],
    ['cwc', 90, 'days', false, 'none', 'Article XVI(2)'],
    ['bwc', 3, 'months', false, 'none', 'Article XIII(2)'],
    ['att', 90, 'days', true, 'none', 'Article 24(2)'],
    ['paris-agreement', 1, 'years', true, 'none', 'Article 28(2)'],
    ['ctbt', 6, 'months', false, 'none', 'Article IX(3)'],
  ] as const)(
    'describes %s: %i %s, later date %s, conflict clause %s, %s',
    (id, amount, unit, later, conflict, article) => {
      const treaty = getTreaty(id);
      expect(treaty.noticePeriod).toEqual({ amount, unit });
      expect(treaty.laterDateAllowed).toBe(later);
      expect(treaty.armedConflictClause).toBe(conflict);
      expect(treaty.article).toBe(article);
      expect(treaty.hasSuspensionClause).toBe(false);
    },
  );

  it('cites an http(s) source for every clause text', () => {
    for (const treaty of TREATIES) {
      expect(treaty.clauseText.length).toBeGreaterThan(50);
      expect(treaty.clauseSources.length).toBeGreaterThan(0);
      for (const source of treaty.clauseSources) expect(source).toMatch(/^https?:\/\//);
    }
  });

  it('marks the English of non-English clause texts as unverified', () => {
    for (const id of ['apmbc', 'ccm', 'tpnw', 'ccw', 'ctbt'] as const) {
      expect(getTreaty(id).clauseText).toMatch(/unverified/);
    }
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
