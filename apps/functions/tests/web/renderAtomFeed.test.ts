import { changeMessages } from '@treatywatch/rules';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from '../../src/web/renderAtomFeed.js';
import { ledgerEntry } from './helpers/fixtures.js';

const ORIGIN = 'https://watch.example.org';
const NOW = '2025-12-01T12:00:00.000Z';
const entries = [
  ledgerEntry(
    {
      id: 'UA#apmbc#party>suspension-declared@2025-07-18',
      state: 'UA',
      previousStatus: 'party',
      status: 'suspension-declared',
      since: '2025-07-18',
      effectiveOn: null,
      explanation: ['Ukraine declared the suspension <script>alert(1)</script> & more.'],
    },
    '2025-07-19T09:00:00.000Z',
  ),
  ledgerEntry({}, '2025-06-28T10:00:00.000Z'),
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

function parse(xml: string) {
  return parser.parse(xml) as {
    feed: {
      '@xmlns': string;
      id: string;
      title: string;
      updated: string;
      author: { name: string };
      link: { '@rel': string; '@href': string }[];
      entry?: {
        id: string;
        title: { '#text': string };
        updated: string;
        link: { '@rel'?: string; '@href': string }[];
        published: string;
        summary: { '#text': string };
        category: { '@term': string } | { '@term': string }[];
        content: { '#text': string; '@type': string };
      }[];
    };
  };
}

/** The text a feed reader shows for an entry's HTML: paragraphs and line breaks as newlines, entities decoded. */
function textOf(html: string): string {
  return html
    .replaceAll('</p><p>', '\n\n')
    .replaceAll('<br>', '\n')
    .replace(/<\/?p>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed({ entries, origin: ORIGIN, now: NOW });
  const { feed } = parse(xml);

  it('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  it('has the feed elements RFC 4287 requires', () => {
    expect(feed.id).toBe('tag:treatywatch,2025:feed:status-changes');
    expect(feed.title).toBe('Treaty Watch: status changes');
    expect(feed.updated).toBe('2025-07-19T09:00:00.000Z');
    expect(feed.author.name).toBe('Treaty Watch');
    expect(feed.link).toContainEqual(
      expect.objectContaining({ '@rel': 'self', '@href': `${ORIGIN}/feed.atom` }),
    );
  });

  it('has one entry per published change, with a tag URI id and its publication time', () => {
    expect(feed.entry).toHaveLength(2);
    const [first] = feed.entry ?? [];
    expect(first?.id).toBe(
      `tag:treatywatch,2025:change:${encodeURIComponent('UA#apmbc#party>suspension-declared@2025-07-18')}`,
    );
    expect(first?.id).toMatch(/^tag:[a-z.]+,\d{4}:[^\s#]+$/);
    expect(first?.updated).toBe('2025-07-19T09:00:00.000Z');
  });

  it('titles an entry with the alert subject and carries the email body, paragraph by paragraph', () => {
    const change = entries[0]?.change;
    if (!change) throw new Error('fixture missing');
    const messages = changeMessages(change);
    const [first] = feed.entry ?? [];
    expect(first?.title['#text']).toBe(messages.subject);
    expect(first?.content['@type']).toBe('html');
    expect(textOf(first?.content['#text'] ?? '')).toBe(
      `The suspension was declared on 18 July 2025; no withdrawal has taken effect. Treaty Watch noticed it on 19 July 2025.\n\n${messages.email.trim()}`,
    );
  });

  it('keeps markup in change text as escaped text', () => {
    expect(xml).not.toContain('<script>');
  });

  it('links each entry to its state page', () => {
    const [first] = feed.entry ?? [];
    // RFC 4287 4.2.7.2: a link without rel is the alternate one.
    const alternate = first?.link.find((link) => (link['@rel'] ?? 'alternate') === 'alternate');
    expect(alternate?.['@href']).toBe(`${ORIGIN}/status/UA`);
  });

  it('is a valid empty feed when nothing was published yet', () => {
    const empty = renderAtomFeed({ entries: [], origin: ORIGIN, now: NOW });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parse(empty).feed.updated).toBe(NOW);
    expect(parse(empty).feed.entry).toBeUndefined();
  });

  it('drops characters XML cannot carry', () => {
    const odd = ledgerEntry({ explanation: ['bell \u0007 here'] });
    expect(
      XMLValidator.validate(renderAtomFeed({ entries: [odd], origin: ORIGIN, now: NOW })),
    ).toBe(true);
  });

  it('says in each entry when the change took effect in law, and when it was noticed', () => {
    const [first, second] = feed.entry ?? [];
    expect(textOf(first?.summary['#text'] ?? '')).toBe(
      'The suspension was declared on 18 July 2025; no withdrawal has taken effect. Treaty Watch noticed it on 19 July 2025.',
    );
    expect(textOf(second?.summary['#text'] ?? '')).toBe(
      'Notice of withdrawal was given on 27 June 2025; the withdrawal takes effect in law on 27 December 2025. Treaty Watch noticed it on 28 June 2025.',
    );
  });

  describe('on a fresh install', () => {
    const INSTALL = '2026-12-02T10:00:00.000Z';
    const at = (seconds: number) => new Date(Date.parse(INSTALL) + seconds * 1000).toISOString();
    const withdrawn = ledgerEntry(
      {
        id: 'US#paris-agreement#none>withdrawn@2026-01-27',
        state: 'US',
        treaty: 'paris-agreement',
        previousStatus: null,
        status: 'withdrawn',
        since: '2026-01-27',
        effectiveOn: '2026-01-27',
      },
      at(2),
    );
    const pending = ledgerEntry(
      {
        id: 'PL#apmbc#none>withdrawal-pending@2025-08-20',
        state: 'PL',
        previousStatus: null,
        since: '2025-08-20',
        effectiveOn: '2026-02-20',
      },
      at(0),
    );
    const sameDay = ledgerEntry(
      {
        id: 'NZ#apmbc#none>withdrawal-announced@2026-12-02',
        state: 'NZ',
        previousStatus: null,
        status: 'withdrawal-announced',
        since: '2026-12-02',
        effectiveOn: null,
      },
      at(5),
    );
    const later = ledgerEntry(
      {
        id: 'NO#apmbc#none>withdrawal-announced@2026-12-20',
        state: 'NO',
        previousStatus: null,
        status: 'withdrawal-announced',
        since: '2026-12-20',
        effectiveOn: null,
      },
      '2026-12-21T08:00:00.000Z',
    );
    const move = ledgerEntry(
      {
        id: 'PL#apmbc#withdrawal-pending>withdrawn@2026-02-20',
        state: 'PL',
        previousStatus: 'withdrawal-pending',
        status: 'withdrawn',
        since: '2026-02-20',
        effectiveOn: '2026-02-20',
      },
      at(60),
    );
    const xml = renderAtomFeed({
      entries: [later, move, sameDay, withdrawn, pending],
      origin: ORIGIN,
      now: NOW,
    });
    const installed = parse(xml).feed.entry ?? [];
    const byId = (changeId: string) =>
      installed.find((e) => e.id.endsWith(encodeURIComponent(changeId)));
    const terms = (entry: ReturnType<typeof byId>) =>
      [entry?.category ?? []].flat().map((c) => c['@term']);

    it('dates old changes by their legal date and marks them recorded on install', () => {
      const us = byId(withdrawn.changeId);
      expect(us?.updated).toBe('2026-01-27T00:00:00.000Z');
      expect(us?.published).toBe('2026-01-27T00:00:00.000Z');
      expect(us?.title['#text']).toBe(
        'United States: withdrawal from the Paris Agreement now in effect (recorded on install)',
      );
      expect(terms(us)).toEqual(['withdrawn', 'recorded-on-install']);
      expect(textOf(us?.summary['#text'] ?? '')).toBe(
        'The withdrawal took effect in law on 27 January 2026. Recorded on install: Treaty Watch first evaluated these facts on 2 December 2026; this is not news.',
      );
      expect(byId(pending.changeId)?.updated).toBe('2025-08-20T00:00:00.000Z');
      expect(terms(byId(pending.changeId))).toContain('recorded-on-install');
    });

    it('presents as news what happened on the install day, changes seen happening, and later first assessments', () => {
      for (const entry of [sameDay, move, later]) {
        const shown = byId(entry.changeId);
        expect(shown?.updated).toBe(entry.publishedAt);
        expect(terms(shown)).not.toContain('recorded-on-install');
        expect(shown?.title['#text']).not.toContain('recorded on install');
      }
    });

    it('orders entries by their date, newest first, and keeps the feed updated at the last alert', () => {
      expect(installed.map((e) => e.updated)).toEqual([
        later.publishedAt,
        move.publishedAt,
        sameDay.publishedAt,
        '2026-01-27T00:00:00.000Z',
        '2025-08-20T00:00:00.000Z',
      ]);
      expect(parse(xml).feed.updated).toBe(later.publishedAt);
    });

    it('presents as news a first assessment published over an hour after the first alert', () => {
      const old = ledgerEntry({ ...withdrawn.change }, at(60 * 60 + 1));
      const shown = parse(renderAtomFeed({ entries: [old, pending], origin: ORIGIN, now: NOW }))
        .feed.entry;
      expect(shown?.map((e) => [e.updated, terms(e).includes('recorded-on-install')])).toEqual([
        [old.publishedAt, false],
        ['2025-08-20T00:00:00.000Z', true],
      ]);
    });
  });
});
