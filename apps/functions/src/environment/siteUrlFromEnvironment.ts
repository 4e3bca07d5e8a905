import { InvalidSiteUrlError, smsLink } from '@treatywatch/rules';
import { FunctionsError } from '../errors.js';
import { requiredEnv } from '../requiredEnv.js';

/**
 * The site's URL, `SITE_URL`: the scheme and host the public pages are served
 * from (the stack sets the HTTP API's URL), which SMS alerts link to. A
 * trailing slash is dropped. Throws `MissingEnvironmentError` when it is
 * unset, and `FunctionsError` when it is not an http(s) origin of at most 60
 * characters, so a wrong deployment fails loudly.
 *
 * @example
 * siteUrlFromEnvironment({ SITE_URL: 'https://abc123.execute-api.eu-west-1.amazonaws.com/' });
 * // 'https://abc123.execute-api.eu-west-1.amazonaws.com'
 */
export function siteUrlFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const value = requiredEnv('SITE_URL', env).trim();
  const siteUrl = value.endsWith('/') ? value.slice(0, -1) : value;
  try {
    smsLink(siteUrl, 'UA');
  } catch (error) {
    if (!(error instanceof InvalidSiteUrlError)) throw error;
    throw new FunctionsError(`SITE_URL is not valid: ${error.message}`, {}, { cause: error });
  }
  return siteUrl;
}
