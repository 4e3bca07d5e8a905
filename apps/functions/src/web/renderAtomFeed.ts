import type { LedgerEntry } from '@treatywatch/core';
import { changeMessages } from '@treatywatch/rules';
import { escapeXml } from './escapeXml.js';
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

/**
 * An Atom 1.0 feed (RFC 4287) of status changes: one entry per published
 * alert, with a permanent tag URI built from the change's deterministic id, the
 * alert's subject as title, its SMS text as summary, the email body as content
 * and a link to the state's page.
 */
export function renderAtomFeed({ entries, origin, now }: AtomFeedInput): string {
  const updated =
    entries
      .map((e) => e.publishedAt)
      .sort()
      .at(-1) ?? now;
  const items = entries.map((entry) => {
    const { change } = entry;
    const messages = changeMessages(change);
    const statePage = `${origin}/status/${encodeURIComponent(change.state)}`;
    return `<entry>
<id>${escapeXml(`${TAG}change:${encodeURIComponent(entry.changeId)}`)}</id>
<title type="text">${escapeXml(messages.subject)}</title>
<updated>${escapeXml(entry.publishedAt)}</updated>
<published>${escapeXml(entry.publishedAt)}</published>
<link rel="alternate" type="text/html" href="${escapeXml(statePage)}"/>
<category term="${escapeXml(change.status)}" label="${escapeXml(statusLabel(change.status))}"/>
<summary type="text">${escapeXml(messages.sms)}</summary>
<content type="text">${escapeXml(messages.email)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>${TAG}feed:status-changes</id>
<title type="text">Treaty Watch: status changes</title>
<subtitle type="text">Every change in a state's legal status towards a treaty it is withdrawing from.</subtitle>
<updated>${escapeXml(updated)}</updated>
<author><name>Treaty Watch</name></author>
<link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>
<generator>Treaty Watch</generator>
${items.join('\n')}
</feed>
`;
}
