import { keyedHash } from './keyedHash.js';
import type { Protocol } from './ports.js';

/**
 * The endpoint in the one form every spelling of it shares: email addresses
 * lower-cased (providers treat them so), URLs as the WHATWG parser writes
 * them, phone numbers already E.164.
 */
function normalisedEndpoint(protocol: Protocol, endpoint: string): string {
  switch (protocol) {
    case 'email':
      return endpoint.toLowerCase();
    case 'https':
      return new URL(endpoint).href;
    case 'sms':
      return endpoint;
  }
}

/**
 * The key that allows one subscription per endpoint: a keyed hash of the
 * protocol and the normalised endpoint, so the table never holds the endpoint
 * in a form that can be reversed or enumerated without the key.
 */
export function endpointKey(key: string, protocol: Protocol, endpoint: string): string {
  return keyedHash(key, 'endpoint', `${protocol}:${normalisedEndpoint(protocol, endpoint)}`);
}
