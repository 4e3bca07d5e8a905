import type { MatchedRoute } from './toApiGatewayEvent.js';

/** A route of the local HTTP server: an API Gateway route key and the function behind it. */
export interface LocalRoute<Target extends string = string> {
  /** `METHOD /path/{param}`, `ANY /path/{proxy+}` or `$default`. */
  readonly routeKey: string;
  readonly target: Target;
}

/** A matched route with its target. */
export interface LocalRouteMatch<Target extends string = string> extends MatchedRoute {
  readonly target: Target;
}

/**
 * Picks the route API Gateway would pick for `method` and `path`: a route with
 * the exact method before an `ANY` route, a route with fewer and later
 * placeholders before a more general one, and `$default` last. Path parameters
 * are URL-decoded.
 */
export function matchLocalRoute<Target extends string>(
  routes: readonly LocalRoute<Target>[],
  method: string,
  path: string,
): LocalRouteMatch<Target> | undefined {
  const upper = method.toUpperCase();
  const candidates: {
    route: LocalRoute<Target>;
    params: Record<string, string>;
    score: number[];
  }[] = [];
  for (const route of routes) {
    if (route.routeKey === '$default') continue;
    const [routeMethod = '', pattern = ''] = route.routeKey.split(' ');
    if (routeMethod !== 'ANY' && routeMethod !== upper) continue;
    const params = matchPath(pattern, path);
    if (params === undefined) continue;
    const segments = pattern.split('/');
    // Literal segments outrank placeholders, earlier literals first; exact method outranks ANY.
    const score = [
      ...segments.map((s) => (s.startsWith('{') ? (s.endsWith('+}') ? 0 : 1) : 2)),
      routeMethod === 'ANY' ? 0 : 1,
    ];
    candidates.push({ route, params, score });
  }
  candidates.sort((a, b) => compareScores(b.score, a.score));
  const best = candidates[0];
  if (best)
    return {
      routeKey: best.route.routeKey,
      target: best.route.target,
      pathParameters: best.params,
    };
  const fallback = routes.find((route) => route.routeKey === '$default');
  return fallback ? { routeKey: '$default', target: fallback.target } : undefined;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = path.split('/');
  const params: Record<string, string> = {};
  for (const [i, segment] of expected.entries()) {
    const greedy = /^\{(\w+)\+\}$/.exec(segment);
    if (greedy?.[1] !== undefined) {
      const rest = actual.slice(i).join('/');
      if (rest === '') return undefined;
      params[greedy[1]] = decode(rest);
      return params;
    }
    const value = actual[i];
    if (value === undefined) return undefined;
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name !== undefined) {
      if (value === '') return undefined;
      params[name] = decode(value);
    } else if (segment !== value) {
      return undefined;
    }
  }
  return actual.length === expected.length ? params : undefined;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
