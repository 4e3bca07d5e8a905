import { SMS_SITE_URL_MAX_LENGTH } from './constants.js';
import { InvalidSiteUrlError } from './errors.js';

/** An origin in the characters GSM-7 carries in one septet each: scheme, host, port. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/;

/**
 * The short link to a state's page that ends an SMS alert:
 * `<site URL>/s/<state>`, which the site redirects to `/status/<state>`.
 * A trailing slash on the site URL is dropped. Throws
 * {@link InvalidSiteUrlError} unless the site URL is an http(s) origin (no
 * path, query or credentials) of at most `SMS_SITE_URL_MAX_LENGTH`
 * characters, so the link always fits an SMS.
 *
 * @example
 * smsLink('https://watch.example.org/', 'UA'); // 'https://watch.example.org/s/UA'
 */
export function smsLink(siteUrl: string, state: string): string {
  const origin = siteUrl.endsWith('/') ? siteUrl.slice(0, -1) : siteUrl;
  if (origin.length > SMS_SITE_URL_MAX_LENGTH || !ORIGIN.test(origin)) {
    throw new InvalidSiteUrlError(origin.length);
  }
  return `${origin}/s/${encodeURIComponent(state)}`;
}
