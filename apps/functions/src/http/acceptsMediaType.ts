/**
 * Whether an `Accept` header explicitly asks for `mediaType` (`text/html`), with a
 * quality above zero. Wildcards do not count: a client that sends `*\/*` gets the
 * default representation (JSON), a browser that lists `text/html` gets HTML.
 *
 * @example
 * acceptsMediaType('text/html,application/xhtml+xml;q=0.9', 'text/html') // true
 * acceptsMediaType('*\/*', 'text/html') // false
 */
export function acceptsMediaType(accept: string | undefined, mediaType: string): boolean {
  if (!accept) return false;
  const wanted = mediaType.toLowerCase();
  return accept.split(',').some((part) => {
    const [type, ...parameters] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type !== wanted) return false;
    const quality = parameters.find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}
