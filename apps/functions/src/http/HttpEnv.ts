import type { GetConnInfo } from 'hono/conninfo';

/**
 * The Hono environment of the API and webhook apps. `connInfo` is the host's
 * way of reading the caller's address (`getConnInfo` of `hono/aws-lambda` on
 * Lambda, of `@hono/node-server/conninfo` locally); routes read it through
 * `clientIp`, never directly.
 */
export interface HttpEnv {
  Variables: {
    connInfo: GetConnInfo;
  };
}
