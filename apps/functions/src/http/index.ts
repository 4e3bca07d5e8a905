export { acceptsMediaType } from './acceptsMediaType.js';
export { answerRequest } from './answerRequest.js';
export { dispatch } from './dispatch.js';
export { errorResponse } from './errorResponse.js';
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
export { readJsonBody } from './readJsonBody.js';
export { toHttpRequest } from './toHttpRequest.js';
