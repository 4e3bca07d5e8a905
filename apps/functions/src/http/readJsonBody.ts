import { BadRequestError } from '../errors.js';
import type { HttpRequest } from './Route.js';

/**
 * The request body parsed as JSON; `BadRequestError` naming `(body)` when it is
 * not JSON. An empty body reads as `emptyValue` (undefined unless given).
 */
export function readJsonBody(request: Pick<HttpRequest, 'body'>, emptyValue?: unknown): unknown {
  if (request.body.trim() === '') {
    if (emptyValue !== undefined) return emptyValue;
    throw new BadRequestError([{ field: '(body)', message: 'a JSON body is required' }]);
  }
  try {
    return JSON.parse(request.body);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new BadRequestError([{ field: '(body)', message: `body is not valid JSON: ${detail}` }]);
  }
}
