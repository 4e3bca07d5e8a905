import { describe, expect, it } from 'vitest';
import { eventId, validateEvents } from '../src/index.js';
import { curatedData } from './helpers/facts.js';

const valid = {
  id: 'fi-notified',
  state: 'FI',
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-07-10',
  source: 'https://example.org/fi',
};

function issuesOf(input: unknown, options: Parameters<typeof validateEvents>[1] = {}) {
  const result = validateEvents(input, options);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('validateEvents', () => {
  it('rejects input that is not an array', () => {
    expect(issuesOf(valid)).toEqual([
      { index: -1, field: '(input)', message: 'must be an array of events' },
    ]);
  });

  it.each([
    ['an event that is not an object', 'not an event', '(event)', /object/],
    [
      'an unknown type',
      { ...valid, type: 'withdrawal-threatened' },
      'type',
      /unknown event type "withdrawal-threatened"/,
    ],
    ['an unknown treaty', { ...valid, treaty: 'geneva' }, 'treaty', /unknown treaty "geneva"/],
    ['an impossible date', { ...valid, date: '2025-02-30' }, 'date', /real calendar date/],
    ['a date without padding', { ...valid, date: '2025-7-10' }, 'date', /YYYY-MM-DD/],
    ['a lower-case state', { ...valid, state: 'fi' }, 'state', /upper case/],
    ['an unassigned state code', { ...valid, state: 'XK' }, 'state', /ISO 3166-1 alpha-2/],
    ['a missing state', { ...valid, state: undefined }, 'state', /required/],
    ['a missing source', { ...valid, source: undefined }, 'source', /required/],
    ['a non-http source', { ...valid, source: 'ftp://example.org/x' }, 'source', /http\(s\)/],
    ['a source that is no URL', { ...valid, source: 'example.org' }, 'source', /http\(s\)/],
    [
      'a withdrawal without treaty',
      { ...valid, treaty: undefined },
      'treaty',
      /required for withdrawal-notified/,
    ],
    [
      'a suspension with a null treaty',
      { ...valid, type: 'suspension-declared', treaty: null },
      'treaty',
      /required/,
    ],
    [
      'an objection without treaty',
      { ...valid, type: 'objection-lodged', objector: 'CH', treaty: undefined },
      'treaty',
      /required/,
    ],
    [
      'became-party without treaty',
      { ...valid, type: 'became-party', treaty: undefined },
      'treaty',
      /required/,
    ],
    [
      'a treaty on an armed-conflict event',
      { ...valid, type: 'armed-conflict-began' },
      'treaty',
      /state as a whole/,
    ],
    [
      'a treaty on a retraction',
      { ...valid, type: 'event-retracted', retracts: 'x' },
      'treaty',
      /state as a whole/,
    ],
    [
      'a retraction without retracts',
      { ...valid, type: 'event-retracted', treaty: null },
      'retracts',
      /required/,
    ],
    [
      'a retraction of itself',
      { ...valid, type: 'event-retracted', treaty: null, retracts: 'fi-notified' },
      'retracts',
      /itself/,
    ],
    [
      'retracts on another type',
      { ...valid, retracts: 'x' },
      'retracts',
      /only on event-retracted/,
    ],
    [
      'an objection without objector',
      { ...valid, type: 'objection-lodged' },
      'objector',
      /required/,
    ],
    [
      'an objection by the state itself',
      { ...valid, type: 'objection-lodged', objector: 'FI' },
      'objector',
      /another state/,
    ],
    [
      'an objector that is no state code',
      { ...valid, type: 'objection-lodged', objector: 'Swiss' },
      'objector',
      /ISO/,
    ],
    [
      'objector on another type',
      { ...valid, objector: 'CH' },
      'objector',
      /only on objection-lodged/,
    ],
    [
      'effectiveDate on another type',
      { ...valid, type: 'withdrawal-announced', effectiveDate: '2026-09-01' },
      'effectiveDate',
      /only on withdrawal-notified/,
    ],
    [
      'effectiveDate before the date',
      { ...valid, effectiveDate: '2025-07-09' },
      'effectiveDate',
      /not be before/,
    ],
    [
      'an impossible effectiveDate',
      { ...valid, effectiveDate: '2026-02-29' },
      'effectiveDate',
      /real calendar date/,
    ],
    ['an unknown field', { ...valid, country: 'Finland' }, 'country', /unknown field/],
    [
      'a confidence other than unverified',
      { ...valid, confidence: 'high' },
      'confidence',
      /unverified/,
    ],
    ['an empty id', { ...valid, id: '' }, 'id', /empty/],
  ])('reports %s, naming index, id and field', (_label, event, field, message) => {
    const issues = issuesOf([valid, event]);
    const issue = issues.find((candidate) => candidate.field === field);
    expect(issue).toBeDefined();
    expect(issue?.index).toBe(1);
    expect(issue?.message).toMatch(message);
    const id =
      typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && id !== '') expect(issue?.id).toBe(id);
    else expect(issue).not.toHaveProperty('id');
  });

  it.each([
    [
      'withdrawal-notified under the Ottawa Convention',
      { ...valid, date: '9999-09-01' },
      /6 months/,
    ],
    [
      'withdrawal-notified under the CWC',
      { ...valid, treaty: 'cwc', date: '9999-10-04' },
      /90 days/,
    ],
    [
      'became-party under the Paris Agreement',
      { ...valid, type: 'became-party', treaty: 'paris', date: '9997-01-01' },
      /Article 28\(1\) \(3 years\)/,
    ],
  ])('refuses a date whose arithmetic would leave four-digit years: %s', (_label, event, words) => {
    expect(issuesOf([event])).toEqual([
      {
        index: 0,
        id: 'fi-notified',
        field: 'date',
        message: expect.stringMatching(words),
      },
    ]);
    expect(issuesOf([event])[0]?.message).toMatch(/after 9999-12-31/);
  });

  it('accepts a notification whose notice period ends on 9999-12-31', () => {
    expect(validateEvents([{ ...valid, date: '9999-06-30' }]).ok).toBe(true);
  });

  describe('retractions', () => {
    const retraction = (retracts: string, state = 'FI') => ({
      id: 'r1',
      state,
      type: 'event-retracted',
      date: '2025-08-01',
      retracts,
      source: 'https://example.org/r',
    });

    it.each([
      ['in a batch', {}],
      ['in a whole history', { wholeHistory: true }],
    ])(
      'refuses one that names an event of another state %s, naming the retraction, its index and the id',
      (_label, options) => {
        expect(issuesOf([valid, retraction('fi-notified', 'SE')], options)).toEqual([
          {
            index: 1,
            id: 'r1',
            field: 'retracts',
            message:
              'names "fi-notified", an event of FI, not of SE: a retraction corrects a fact of its own state',
          },
        ]);
      },
    );

    it('refuses, in a whole history, one that names an id no event has', () => {
      expect(issuesOf([valid, retraction('fi-typo')], { wholeHistory: true })).toEqual([
        {
          index: 1,
          id: 'r1',
          field: 'retracts',
          message: 'names "fi-typo", but no event of the input has that id',
        },
      ]);
    });

    it.each([
      ['an event of the input', [valid, retraction('fi-notified')], { wholeHistory: true }],
      ['an id recorded elsewhere, in a batch', [retraction('fi-earlier')], {}],
    ])('accepts one that names %s', (_label, input, options) => {
      expect(validateEvents(input, options).ok).toBe(true);
    });
  });

  it('reports every issue of every event, not only the first', () => {
    const issues = issuesOf([
      { ...valid, state: 'fi', date: '2025-02-30', source: 'mailto:x@example.org', extra: 1 },
      { ...valid, id: 'second', treaty: 'geneva' },
    ]);
    expect(issues.map((issue) => [issue.index, issue.field])).toEqual([
      [0, 'state'],
      [0, 'date'],
      [0, 'source'],
      [0, 'extra'],
      [1, 'treaty'],
    ]);
  });

  it('reports a reused id with different content', () => {
    const issues = issuesOf([valid, { ...valid, date: '2025-07-11' }]);
    expect(issues).toEqual([
      {
        index: 1,
        id: 'fi-notified',
        field: 'id',
        message: 'is also used by event 0 with different content',
      },
    ]);
  });

  it('accepts the same event twice', () => {
    const result = validateEvents([valid, { ...valid }]);
    expect(result.ok && result.events.length).toBe(2);
  });

  it('normalises: derived id, canonical treaty, null treaty on state-wide types', () => {
    const result = validateEvents([
      {
        state: 'UA',
        type: 'withdrawal-announced',
        treaty: 'ottawa',
        date: '2025-06-29',
        source: 'https://example.org/ua',
      },
      {
        state: 'UA',
        type: 'armed-conflict-began',
        date: '2022-02-24',
        source: 'https://example.org/war',
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [announced, began] = result.events;
    expect(announced?.treaty).toBe('apmbc');
    expect(announced?.id).toBe(
      eventId({
        state: 'UA',
        type: 'withdrawal-announced',
        treaty: 'apmbc',
        date: '2025-06-29',
        source: 'https://example.org/ua',
      }),
    );
    expect(announced?.id).toMatch(/^ev-[0-9a-f]{24}$/);
    expect(began?.treaty).toBeNull();
  });

  it('accepts note and confidence: unverified', () => {
    const result = validateEvents([{ ...valid, note: 'derived', confidence: 'unverified' }]);
    expect(result.ok && result.events[0]).toMatchObject({
      note: 'derived',
      confidence: 'unverified',
    });
  });

  it('round-trips valid input: validating its own output gives the same events', () => {
    const first = validateEvents(curatedData('events.json'));
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    const second = validateEvents(JSON.parse(JSON.stringify(first.events)));
    expect(second).toEqual(first);
  });

  it('does not mutate its input', () => {
    const input = [{ ...valid, treaty: 'ottawa', id: undefined }];
    const copy = structuredClone(input);
    validateEvents(input);
    expect(input).toEqual(copy);
  });
});

describe('eventId', () => {
  const content = {
    state: 'FI',
    type: 'withdrawal-notified',
    treaty: 'apmbc',
    date: '2025-07-10',
    source: 'https://example.org/',
  };

  it('is the same for aliases and canonical ids', () => {
    expect(eventId({ ...content, treaty: 'ottawa' })).toBe(eventId(content));
  });

  it('ignores note and key order, but not the facts', () => {
    const reordered = {
      source: content.source,
      date: content.date,
      treaty: 'apmbc',
      type: content.type,
      state: 'FI',
    };
    expect(eventId(reordered)).toBe(eventId(content));
    expect(eventId({ ...content, date: '2025-07-11' })).not.toBe(eventId(content));
    expect(eventId({ ...content, effectiveDate: '2026-09-01' })).not.toBe(eventId(content));
  });
});
