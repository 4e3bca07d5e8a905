import { MethodNotAllowedError, RouteNotFoundError } from '../errors.js';
import { matchRoute } from './matchRoute.js';
import type { HttpRequest, HttpResponse, Route, RouteContext } from './Route.js';

/**
 * Runs the route that matches `request`, with its path parameters filled in.
 * Throws `RouteNotFoundError` / `MethodNotAllowedError` when none does; the
 * caller turns every error into a response through `errorResponse`.
 */
export async function dispatch<Context = RouteContext>(
  routes: readonly Route<Context>[],
  request: HttpRequest,
  context: Context,
): Promise<HttpResponse> {
  const result = matchRoute(routes, request);
  if (result.kind === 'not-found') throw new RouteNotFoundError(request.method, request.path);
  if (result.kind === 'method-not-allowed') {
    throw new MethodNotAllowedError(request.method, request.path, result.allowed);
  }
  const { route, params } = result.match;
  return route.handle({ ...request, params }, context);
}
