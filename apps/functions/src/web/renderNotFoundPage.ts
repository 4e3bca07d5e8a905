import { escapeHtml } from './escapeHtml.js';
import { renderPage } from './renderPage.js';

/** A page saying what was not found, with the way back home. */
export function renderNotFoundPage(message: string): string {
  const main = `<h1>Not found</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">See every tracked state</a></p>`;
  return renderPage({ title: 'Not found', main, indexable: false });
}
