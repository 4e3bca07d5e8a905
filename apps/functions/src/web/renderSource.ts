import { escapeHtml } from './escapeHtml.js';
import { safeHref } from './safeHref.js';

/**
 * A source as HTML: a link when it is an http(s) URL (opened without a referrer,
 * so a page's manage token or path never leaks), else the text alone.
 */
export function renderSource(source: string): string {
  const href = safeHref(source);
  if (href === null) return `<span class="url">${escapeHtml(source)}</span>`;
  return `<a class="url" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(source)}</a>`;
}
