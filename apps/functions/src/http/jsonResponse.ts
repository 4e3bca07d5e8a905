import type { HttpResponse } from './Route.js';

/** A JSON response; `body` undefined gives an empty body (for 204). */
export function jsonResponse(
  statusCode: number,
  body?: unknown,
  headers: Record<string, string> = {},
): HttpResponse {
  return {
    statusCode,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'cache-control': 'no-store',
      ...headers,
    },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}
