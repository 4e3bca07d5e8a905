import { escapeHtml } from './escapeHtml.js';
import { renderPage } from './renderPage.js';

/**
 * A page that says, in plain words, why a subscription step was refused and
 * what to do next: too many requests (with when to try again), or a code
 * that can no longer be used.
 */
export function renderRefusalPage(input: { heading: string; explanation: string }): string {
  const main = `<h1>${escapeHtml(input.heading)}</h1>
<div class="notice error" role="alert"><p>${escapeHtml(input.explanation)}</p></div>
<p><a href="/">Back to the statuses</a></p>`;
  return renderPage({ title: input.heading, main, indexable: false });
}
