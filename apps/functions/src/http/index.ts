export { acceptsMediaType } from './acceptsMediaType.js';
export { jsonResponse } from './jsonResponse.js';
export { type MatchResult, matchRoute, type RouteMatch } from './matchRoute.js';
export type {
  ApiDeps,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  Route,
  RouteContext,
} from './Route.js';
export { toHttpRequest } from './toHttpRequest.js';
