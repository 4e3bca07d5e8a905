import type { Protocol } from './ports.js';

/**
 * An endpoint shown without giving it away: `alice@example.org` →
 * `a***@example.org`, `+447911123412` → `+4479******12`,
 * `https://hooks.example.org/x/y` → `https://hooks.example.org/***`.
 */
export function maskEndpoint(protocol: Protocol, endpoint: string): string {
  switch (protocol) {
    case 'email': {
      const at = endpoint.lastIndexOf('@');
      return `${endpoint.slice(0, 1)}***${endpoint.slice(at)}`;
    }
    case 'sms':
      return `${endpoint.slice(0, 5)}${'*'.repeat(Math.max(endpoint.length - 7, 0))}${endpoint.slice(-2)}`;
    case 'https':
      return `${new URL(endpoint).origin}/***`;
  }
}
