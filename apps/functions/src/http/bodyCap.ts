import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../errors.js';

/**
 * Refuses a body over `maxBytes` with `PayloadTooLargeError` (413) before
 * anything reads it, whether it declares its length or streams without one.
 *
 * @example
 * app.use(bodyCap(MAX_API_BODY_BYTES));
 */
export function bodyCap(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      const declared = Number(c.req.header('content-length'));
      throw new PayloadTooLargeError(
        Number.isFinite(declared) && declared > 0 ? declared : undefined,
        maxBytes,
      );
    },
  });
}
