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
    expect(textOf(first?.content['#text'] ?? '')).toBe(messages.email.trim());
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
});
