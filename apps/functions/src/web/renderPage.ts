import { escapeHtml } from './escapeHtml.js';
import { PAGE_STYLES } from './pageStyles.js';

/** What a page puts inside the shared shell. */
export interface PageContent {
  /** The page's own title; the site name is appended. */
  readonly title: string;
  /** HTML of the `<main>` element's content, already escaped where it holds text. */
  readonly main: string;
  /** Whether robots may index the page (not pages that carry a manage token). */
  readonly indexable?: boolean;
}

/**
 * Wraps a page's main content in the shared document: language, viewport,
 * the inline stylesheet, a skip link, a banner with navigation, and a footer
 * with the feeds. No script, no external asset.
 */
export function renderPage({ title, main, indexable = true }: PageContent): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Treaty Watch</title>
${indexable ? '' : '<meta name="robots" content="noindex">\n'}<link rel="alternate" type="application/atom+xml" title="Treaty Watch: status changes" href="/feed.atom">
<style>${PAGE_STYLES}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<a class="site" href="/">Treaty Watch</a>
<nav aria-label="Site">
<ul>
<li><a href="/#statuses">Statuses</a></li>
<li><a href="/#subscribe">Subscribe</a></li>
<li><a href="/feed.atom">Atom feed</a></li>
<li><a href="/calendar.ics">Calendar</a></li>
</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer>
<p>Treaty Watch follows states' withdrawals from international treaties, computed from dated, sourced facts. Status changes: <a href="/feed.atom">Atom feed</a> · effective dates: <a href="/calendar.ics">iCalendar</a>.</p>
</footer>
</body>
</html>
`;
}
