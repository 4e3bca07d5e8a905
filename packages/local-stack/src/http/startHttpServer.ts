import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { HTTP_API_ROUTES, honoPath } from '@treatywatch/functions';
import { type Handler, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { DevLog } from '../DevLog.js';

/** Something that answers HTTP requests: a Hono app. */
export interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/** Options of `startHttpServer`. */
export interface HttpServerOptions {
  readonly port: number;
  readonly host?: string;
  /** The apps of the API's two functions (`createApiApp`, `createWebhookApp`). */
  readonly apps: { readonly api: FetchApp; readonly webhook: FetchApp };
  /** `GET /confirm`, the local stand-in for SNS's subscription confirmation. */
  readonly confirm: Handler;
  readonly log: DevLog;
}

/** A running local HTTP server. */
export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  /** Starts serving the routes; until then every request is answered 503. */
  open(): void;
  /** Stops accepting connections, closes idle ones and waits for the rest. */
  close(): Promise<void>;
}

/** API Gateway's payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** How long a client should wait before asking again while the stack starts. */
const STARTING_RETRY_AFTER_SECONDS = 1;

/**
 * Plays API Gateway's HTTP API on 127.0.0.1 with Hono on Node: the routes
 * `HTTP_API_ROUTES` gives to the webhook go to the webhook's app, `GET
 * /confirm` to the local confirmation page, and everything else to the api
 * app, API Gateway's default integration. The apps get Node's request and
 * read the caller's address from its socket. A body over API Gateway's 10 MB
 * gets 413.
 *
 * The port is bound at once, so that a port in use fails the start-up early,
 * but every request is answered `503` with `Retry-After` until `open()`: a
 * client that waits for a success never sees a stack that is still seeding.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  let open = false;
  const front = new Hono();
  front.use(async (c, next) => {
    if (!open) {
      return c.json({ message: 'Starting: the local stack is not ready yet' }, 503, {
        'retry-after': String(STARTING_RETRY_AFTER_SECONDS),
      });
    }
    await next();
    options.log.info(`${c.req.method} ${c.req.path} → ${c.res.status}`);
  });
  front.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ message: 'Request Entity Too Large' }, 413),
    }),
  );
  for (const route of HTTP_API_ROUTES) {
    if (route.function !== 'webhook') continue;
    front.on(route.method, honoPath(route.path), (c) =>
      options.apps.webhook.fetch(c.req.raw, c.env),
    );
  }
  front.get('/confirm', options.confirm);
  front.all('*', (c) => options.apps.api.fetch(c.req.raw, c.env));
  front.onError((error, c) => {
    options.log.error(`HTTP ${c.req.method} ${c.req.path} failed: ${String(error)}`);
    return c.json({ message: 'Internal Server Error' }, 500);
  });

  const server = createAdaptorServer({ fetch: front.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    open: () => {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
