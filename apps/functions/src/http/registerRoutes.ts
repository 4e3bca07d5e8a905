import type { Handler, Hono } from 'hono';
import { MethodNotAllowedError } from '../errors.js';
import type { HttpEnv } from './HttpEnv.js';
import { HTTP_API_ROUTES, type HttpApiRoute } from './httpApiRoutes.js';

// Distributes over the union, so each route gives its own key (not every method with every path).
type KeyOf<R> = R extends { method: string; path: string } ? `${R['method']} ${R['path']}` : never;

/** `METHOD /path` of each route `HTTP_API_ROUTES` gives to function `F`, e.g. `'GET /status/{state}'`. */
export type HttpApiRouteKey<F extends HttpApiRoute['function']> = KeyOf<
  Extract<(typeof HTTP_API_ROUTES)[number], { function: F }>
>;

/** An API Gateway path in Hono's syntax: `/status/{state}` → `/status/:state`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Registers on `app` the handler of every route that `HTTP_API_ROUTES` gives to
 * `fn`, so the routes are declared once for API Gateway, Lambda and the local
 * stack: the type demands a handler for each of them and no other. Any other
 * method on one of these paths is answered 405 with `Allow`; registered after
 * the handlers, those catch-alls only answer what no route did.
 *
 * @example
 * registerRoutes(app, 'webhook', { 'POST /events': recordEvents, 'POST /evaluate': evaluate });
 */
export function registerRoutes<F extends HttpApiRoute['function']>(
  app: Hono<HttpEnv>,
  fn: F,
  handlers: Readonly<Record<HttpApiRouteKey<F>, Handler<HttpEnv>>>,
): void {
  const methodsByPath = new Map<string, string[]>();
  for (const route of HTTP_API_ROUTES) {
    if (route.function !== fn) continue;
    const key = `${route.method} ${route.path}` as HttpApiRouteKey<F>;
    app.on(route.method, honoPath(route.path), handlers[key]);
    methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
  }
  for (const [path, methods] of methodsByPath) {
    const allowed = [...methods].sort();
    app.all(honoPath(path), (c) => {
      throw new MethodNotAllowedError(c.req.method, c.req.path, allowed);
    });
  }
}
