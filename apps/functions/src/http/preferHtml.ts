import type { Handler } from 'hono';
import { acceptsMediaType } from './acceptsMediaType.js';
import type { HttpEnv } from './HttpEnv.js';

/**
 * Content negotiation for a resource with two representations: `html` for a
 * caller whose `Accept` header asks for `text/html` (a browser), `json`
 * otherwise (`*\/*` included), so scripts get JSON by default.
 *
 * @example
 * app.get('/status/:state', preferHtml(web.statePage, json.stateStatus));
 */
export function preferHtml(html: Handler<HttpEnv>, json: Handler<HttpEnv>): Handler<HttpEnv> {
  return (c, next) =>
    acceptsMediaType(c.req.header('accept'), 'text/html') ? html(c, next) : json(c, next);
}
