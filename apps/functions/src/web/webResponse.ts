import { PAGE_STYLES_HASH } from './pageStyles.js';

/** Media types the web routes answer with. */
export const WEB_MEDIA_TYPES = {
  html: 'text/html; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
} as const;

/**
 * A response for a page or a feed. Pages get a Content-Security-Policy that
 * allows no script at all and only the page's own inline stylesheet, so even
 * markup that slipped past escaping could not run; no referrer leaves the site
 * (a manage link's token stays private). `cacheable` pages may be kept a minute.
 */
export function webResponse(
  statusCode: number,
  kind: keyof typeof WEB_MEDIA_TYPES,
  body: string,
  options: { cacheable?: boolean; headers?: Record<string, string> } = {},
): Response {
  return new Response(body, {
    status: statusCode,
    headers: {
      'content-type': WEB_MEDIA_TYPES[kind],
      'cache-control': options.cacheable ? 'public, max-age=60' : 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(kind === 'html'
        ? {
            'content-security-policy': `default-src 'none'; style-src ${PAGE_STYLES_HASH}; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
          }
        : {}),
      ...options.headers,
    },
  });
}
