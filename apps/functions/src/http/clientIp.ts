import type { Context } from 'hono';
import type { HttpEnv } from './HttpEnv.js';

/**
 * The caller's IP address, whichever host serves the app: API Gateway's
 * `requestContext.http.sourceIp` on Lambda, the socket's remote address
 * locally. `undefined` when the host cannot tell.
 *
 * @example
 * app.post('/subscriptions', (c) => limiter.take(clientIp(c) ?? 'unknown') ? next() : tooMany());
 */
export function clientIp(c: Context<HttpEnv>): string | undefined {
  return c.get('connInfo')(c).remote.address;
}
