/**
 * The URL itself when it is an absolute `http:` or `https:` URL, else `null`:
 * only those become links, so a `javascript:` or `data:` source stays text.
 *
 * @example
 * safeHref('https://treaties.un.org/') // 'https://treaties.un.org/'
 * safeHref('javascript:alert(1)')     // null
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
