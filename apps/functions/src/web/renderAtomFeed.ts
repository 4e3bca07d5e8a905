import type { LedgerEntry } from '@treatywatch/core';
import { changeMessages } from '@treatywatch/rules';
import { Feed } from 'feed';
import { escapeHtml } from './escapeHtml.js';
import { statusLabel } from './statusLabel.js';

/** What the feed is built from. */
export interface AtomFeedInput {
  /** Alerts published, newest first (core `recentChanges`). */
  readonly entries: readonly LedgerEntry[];
  /** Scheme and host the feed is served from, for its links. */
  readonly origin: string;
  /** The feed's `updated` when it has no entry yet (ISO 8601 instant). */
  readonly now: string;
}

/** Prefix of every id this feed mints (RFC 4151 tag URIs): permanent whatever host serves it. */
const TAG = 'tag:treatywatch,2025:';

// The C0 controls but tab, LF and CR, lone surrogates, U+FFFE and U+FFFF: XML 1.0
// cannot carry them, and a feed holding one would not parse.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching these controls is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as the HTML that `feed` writes entries in (`type="html"`): escaped, so
 * markup in a fact reaches a reader as text.
 */
function asHtml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, '').trim());
}

/** Like `asHtml`, with the text's paragraphs and line breaks kept. */
function asHtmlParagraphs(text: string): string {
  return asHtml(text)
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replaceAll('\n', '<br>')}</p>`)
    .join('');
}

/**
 * An Atom 1.0 feed (RFC 4287) of status changes, written by `feed`: one entry
 * per published alert, with a permanent tag URI built from the change's
 * deterministic id, the alert's subject as title, its SMS text as summary, the
 * email body as content and a link to the state's page.
 */
export function renderAtomFeed({ entries, origin, now }: AtomFeedInput): string {
  const updated =
    entries
      .map((e) => e.publishedAt)
      .sort()
      .at(-1) ?? now;
  const feed = new Feed({
    id: `${TAG}feed:status-changes`,
    title: 'Treaty Watch: status changes',
    description: "Every change in a state's legal status towards a treaty it is withdrawing from.",
    link: `${origin}/`,
    feedLinks: { atom: `${origin}/feed.atom` },
    updated: new Date(updated),
    author: { name: 'Treaty Watch' },
    generator: 'Treaty Watch',
    copyright: '',
  });
  for (const entry of entries) {
    const { change } = entry;
    const messages = changeMessages(change);
    feed.addItem({
      id: `${TAG}change:${encodeURIComponent(entry.changeId)}`,
      title: asHtml(messages.subject),
      link: `${origin}/status/${encodeURIComponent(change.state)}`,
      date: new Date(entry.publishedAt),
      published: new Date(entry.publishedAt),
      category: [{ term: change.status, name: statusLabel(change.status) }],
      description: asHtml(messages.sms),
      content: asHtmlParagraphs(messages.email),
    });
  }
  return feed.atom1();
}
