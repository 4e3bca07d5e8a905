import { acceptsMediaType } from './acceptsMediaType.js';
import type { HttpRequest, Route, RouteContext } from './Route.js';

/** A route chosen for a request, with its path parameters. */
export interface RouteMatch<Context = RouteContext> {
  readonly route: Route<Context>;
  readonly params: Record<string, string>;
}

/** The outcome of matching: a route, a known path with another method, or nothing. */
export type MatchResult<Context = RouteContext> =
  | { readonly kind: 'matched'; readonly match: RouteMatch<Context> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

const compiled = new WeakMap<object, { regex: RegExp; names: string[] }>();

function compile(route: Pick<Route<unknown>, 'path'>): { regex: RegExp; names: string[] } {
  const cached = compiled.get(route);
  if (cached) return cached;
  const names: string[] = [];
  const source = route.path
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((piece) => {
      const name = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(piece)?.[1];
      if (name === undefined) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+?)';
    })
    .join('');
  const entry = { regex: new RegExp(`^${source}/?$`), names };
  compiled.set(route, entry);
  return entry;
}

function paramsOf(
  route: Pick<Route<unknown>, 'path'>,
  path: string,
): Record<string, string> | null {
  const { regex, names } = compile(route);
  const found = regex.exec(path);
  if (!found) return null;
  const params: Record<string, string> = {};
  for (const [i, name] of names.entries()) {
    const raw = found[i + 1] ?? '';
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  }
  return params;
}

/** Literal characters of a pattern: `/status/{state}.ics` is more specific than `/status/{state}`. */
function specificity(path: string): number {
  return path.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '').length;
}

/**
 * Picks the route for a request. Among routes whose pattern matches the path
 * with this method, the most specific pattern wins (most literal characters;
 * earlier in the list on a tie). Among routes of that pattern, one whose
 * `produces` the `Accept` header asks for wins over the default one; a pattern
 * with only `produces` routes answers with the first of them anyway.
 */
export function matchRoute<Context = RouteContext>(
  routes: readonly Route<Context>[],
  request: Pick<HttpRequest, 'method' | 'path' | 'headers'>,
): MatchResult<Context> {
  const method = request.method.toUpperCase();
  const allowed = new Set<string>();
  const candidates: RouteMatch<Context>[] = [];
  for (const route of routes) {
    const params = paramsOf(route, request.path);
    if (params === null) continue;
    allowed.add(route.method);
    if (route.method === method) candidates.push({ route, params });
  }
  if (candidates.length === 0) {
    return allowed.size > 0
      ? { kind: 'method-not-allowed', allowed: [...allowed].sort() }
      : { kind: 'not-found' };
  }
  const best = Math.max(...candidates.map((c) => specificity(c.route.path)));
  const pattern = candidates.find((c) => specificity(c.route.path) === best)?.route.path;
  const samePattern = candidates.filter((c) => c.route.path === pattern);
  const chosen =
    samePattern.find(
      (c) =>
        c.route.produces !== undefined &&
        acceptsMediaType(request.headers.accept, c.route.produces),
    ) ??
    samePattern.find((c) => c.route.produces === undefined) ??
    samePattern[0];
  return chosen ? { kind: 'matched', match: chosen } : { kind: 'not-found' };
}
