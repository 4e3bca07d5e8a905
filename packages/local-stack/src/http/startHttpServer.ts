import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyResultV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { DevLog } from '../DevLog.js';
import { lambdaContext } from '../lambdaContext.js';
import { type LocalRoute, matchLocalRoute } from './matchLocalRoute.js';
import { toApiGatewayEvent } from './toApiGatewayEvent.js';

/** A function behind an HTTP API route (payload format 2.0). */
export type HttpFunction = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/** Options of `startHttpServer`. */
export interface HttpServerOptions<Target extends string> {
  readonly port: number;
  readonly host?: string;
  readonly routes: readonly LocalRoute<Target>[];
  readonly functions: Readonly<Record<Target, HttpFunction>>;
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
 * Plays API Gateway's HTTP API on 127.0.0.1: each request becomes a payload
 * 2.0 event for the function behind the matched route, and the function's
 * result becomes the response (a structured result as is; anything else as a
 * 200 JSON body, as API Gateway infers it). Unmatched paths get 404, an
 * oversized body 413, a function that throws 500, as on API Gateway.
 *
 * The port is bound at once, so that a port in use fails the start-up early,
 * but every request is answered `503` with `Retry-After` until `open()`: a
 * client that waits for a success never sees a stack that is still seeding.
 */
export async function startHttpServer<Target extends string>(
  options: HttpServerOptions<Target>,
): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  let open = false;
  const server = createServer((request, response) => {
    if (!open) {
      request.resume();
      send(response, {
        statusCode: 503,
        headers: { 'retry-after': String(STARTING_RETRY_AFTER_SECONDS) },
        body: '{"message":"Starting: the local stack is not ready yet"}',
      });
      return;
    }
    serve(options, request, response).catch((error: unknown) => {
      options.log.error(`HTTP ${request.method} ${request.url} failed: ${String(error)}`);
      if (!response.headersSent)
        send(response, { statusCode: 500, body: '{"message":"Internal Server Error"}' });
      else response.end();
    });
  });
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

async function serve<Target extends string>(
  options: HttpServerOptions<Target>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = request.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  const route = matchLocalRoute(options.routes, request.method ?? 'GET', path);
  if (route === undefined) {
    send(response, { statusCode: 404, body: '{"message":"Not Found"}' });
    return;
  }
  const body = await readBody(request);
  if (body === undefined) {
    send(response, { statusCode: 413, body: '{"message":"Request Entity Too Large"}' });
    return;
  }
  const event = toApiGatewayEvent(
    {
      method: request.method ?? 'GET',
      url,
      headers: request.headers,
      body,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
      protocol: `HTTP/${request.httpVersion}`,
    },
    route,
  );
  const fn = options.functions[route.target];
  let result: APIGatewayProxyResultV2;
  try {
    result = await fn(event, lambdaContext(route.target));
  } catch (error) {
    options.log.error(`${route.target} threw on ${request.method} ${path}: ${String(error)}`);
    send(response, { statusCode: 500, body: '{"message":"Internal Server Error"}' });
    return;
  }
  const structured = toStructured(result);
  send(response, structured);
  options.log.info(`${request.method} ${path} → ${structured.statusCode ?? 200}`);
}

// API Gateway's inference for a result that is not a structured response.
function toStructured(result: APIGatewayProxyResultV2): APIGatewayProxyStructuredResultV2 {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    return result as APIGatewayProxyStructuredResultV2;
  }
  const body = typeof result === 'string' ? result : JSON.stringify(result);
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body };
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  if (result.cookies?.length) headers['set-cookie'] = result.cookies;
  const body =
    result.body === undefined
      ? Buffer.alloc(0)
      : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  if (
    !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type') &&
    body.length > 0
  ) {
    headers['content-type'] = 'application/json';
  }
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
