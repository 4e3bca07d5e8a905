import type { LedgerEntry } from '@treatywatch/core';
import { changeMessages, type IsoDate, type StatusChange } from '@treatywatch/rules';
import { Feed } from 'feed';
import { escapeHtml } from './escapeHtml.js';
import { formatDate } from './formatDate.js';
import { legalEffectSentence } from './legalEffectSentence.js';
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

/** How long the first evaluation of an install is taken to last, from its first alert. */
export const FIRST_EVALUATION_WINDOW_MS = 60 * 60 * 1000;

/** The category that marks an entry recorded on install: history, not news. */
export const RECORDED_ON_INSTALL = 'recorded-on-install';

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

/** The day a change took effect in law: a withdrawal's effective date, else the day its status began. */
function legalDate(change: StatusChange): IsoDate | null {
  return change.status === 'withdrawn' ? (change.effectiveOn ?? change.since) : change.since;
}

/**
 * Whether an entry was recorded on install: published within the first
 * evaluation (the hour from the earliest alert in the feed), a first
 * assessment of its state and treaty (no previous status), and in law
 * before the day it was published. Such a change is old, however new it is
 * to Treaty Watch.
 */
function recordedOnInstall(entry: LedgerEntry, firstAlertMs: number): boolean {
  const date = legalDate(entry.change);
  const publishedMs = Date.parse(entry.publishedAt);
  return (
    entry.change.previousStatus === null &&
    date !== null &&
    date < entry.publishedAt.slice(0, 10) &&
    publishedMs - firstAlertMs <= FIRST_EVALUATION_WINDOW_MS
  );
}

/**
 * An Atom 1.0 feed (RFC 4287) of status changes, written by `feed`: one entry
 * per published alert, with a permanent tag URI built from the change's
 * deterministic id, the alert's subject as title, a link to the state's page,
 * and, first in its summary and content, when the change took effect in law
 * and when Treaty Watch noticed it; the email body follows.
 *
 * Entries recorded on install (see `recordedOnInstall`: a fresh install's
 * first evaluation of facts that are months or years old) are not presented
 * as news: they are dated (`updated`, `published`) by their legal date, say
 * "(recorded on install)" in the title and carry the category
 * `recorded-on-install`. Entries are ordered by their date, newest first.
 */
export function renderAtomFeed({ entries, origin, now }: AtomFeedInput): string {
  const published = entries.map((e) => e.publishedAt).sort();
  const updated = published.at(-1) ?? now;
  const firstAlertMs = Date.parse(published[0] ?? now);
  const feed = new Feed({
    id: `${TAG}feed:status-changes`,
    title: 'Treaty Watch: status changes',
    description:
      "Every change in a state's legal status towards a treaty it is withdrawing from, with the day it took effect in law.",
    link: `${origin}/`,
    feedLinks: { atom: `${origin}/feed.atom` },
    updated: new Date(updated),
    author: { name: 'Treaty Watch' },
    generator: 'Treaty Watch',
    copyright: '',
  });
  const items = entries.map((entry) => {
    const history = recordedOnInstall(entry, firstAlertMs);
    const date = history
      ? new Date(`${legalDate(entry.change)}T00:00:00.000Z`)
      : new Date(entry.publishedAt);
    return { entry, history, date };
  });
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  for (const { entry, history, date } of items) {
    const { change } = entry;
    const messages = changeMessages(change);
    const noticed = formatDate(entry.publishedAt.slice(0, 10));
    const when = `${legalEffectSentence(change)} ${
      history
        ? `Recorded on install: Treaty Watch first evaluated these facts on ${noticed}; this is not news.`
        : `Treaty Watch noticed it on ${noticed}.`
    }`;
    feed.addItem({
      id: `${TAG}change:${encodeURIComponent(entry.changeId)}`,
      title: asHtml(history ? `${messages.subject} (recorded on install)` : messages.subject),
      link: `${origin}/status/${encodeURIComponent(change.state)}`,
      date,
      published: date,
      category: [
        { term: change.status, name: statusLabel(change.status) },
        ...(history ? [{ term: RECORDED_ON_INSTALL, name: 'Recorded on install' }] : []),
      ],
      description: asHtml(when),
      content: asHtmlParagraphs(`${when}\n\n${messages.email}`),
    });
  }
  return feed.atom1();
}
