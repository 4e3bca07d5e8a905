import { InvalidInputError } from '@treatywatch/core';
import type { Context } from 'hono';

/**
 * The request body parsed as JSON; `InvalidInputError` naming `(body)` when it is
 * not JSON. An empty body reads as `emptyValue` (undefined unless given).
 */
export async function readJsonBody(c: Context, emptyValue?: unknown): Promise<unknown> {
  const body = await c.req.text();
  if (body.trim() === '') {
    if (emptyValue !== undefined) return emptyValue;
    throw new InvalidInputError([{ field: '(body)', message: 'a JSON body is required' }]);
  }
  try {
    return JSON.parse(body);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new InvalidInputError([
      { field: '(body)', message: `body is not valid JSON: ${detail}` },
    ]);
  }
}
