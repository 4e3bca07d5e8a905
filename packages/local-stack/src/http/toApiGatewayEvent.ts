import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An HTTP request as the local server received it. */
export interface RawHttpRequest {
  readonly method: string;
  /** Path and query string, as on the request line (`/status/UA?x=1`). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly sourceIp: string;
  /** `HTTP/1.1`. */
  readonly protocol: string;
}

/** The route a request matched: its route key and path parameters. */
export interface MatchedRoute {
  /** `POST /events`, `GET /status/{state}`, or `$default`. */
  readonly routeKey: string;
  readonly pathParameters?: Readonly<Record<string, string>>;
}

const LOCAL_API_ID = 'local';
const TEXT_TYPES = [
  /^text\//,
  /^application\/(?:[\w.+-]+\+)?json\b/,
  /^application\/(?:[\w.+-]+\+)?xml\b/,
  /^application\/x-www-form-urlencoded\b/,
  /^application\/javascript\b/,
];

/**
 * Builds the API Gateway HTTP API event (payload format 2.0) that API Gateway
 * would give a function for this request: header names lower-cased and
 * repeated headers joined with commas, cookies moved to `cookies`, the raw path
 * and query string kept, query parameters decoded, the body as received (base64
 * with `isBase64Encoded` for anything but text), and the matched route's key
 * and path parameters.
 */
export function toApiGatewayEvent(
  request: RawHttpRequest,
  route: MatchedRoute,
  now: Date = new Date(),
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  // API Gateway adds these; the local server speaks plain HTTP on loopback.
  headers['x-forwarded-proto'] ??= 'http';
  headers['x-forwarded-for'] ??= request.sourceIp;
  const cookieHeader = headers.cookie;
  delete headers.cookie;
  const cookies = cookieHeader?.split(/;\s*/).filter((cookie) => cookie.length > 0);

  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);
  const queryStringParameters = parseQuery(rawQueryString);

  const isText =
    request.body.length === 0 || TEXT_TYPES.some((t) => t.test(headers['content-type'] ?? ''));
  const body =
    request.body.length === 0 ? undefined : request.body.toString(isText ? 'utf8' : 'base64');
  const host = headers.host ?? '127.0.0.1';
  const method = request.method.toUpperCase();

  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies?.length ? { cookies } : {}),
    headers,
    ...(queryStringParameters ? { queryStringParameters } : {}),
    ...(route.pathParameters && Object.keys(route.pathParameters).length > 0
      ? { pathParameters: { ...route.pathParameters } }
      : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: LOCAL_API_ID,
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method,
        path: rawPath,
        protocol: request.protocol,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: !isText,
  };
}

// API Gateway joins repeated parameters with commas.
function parseQuery(rawQueryString: string): Record<string, string> | undefined {
  if (rawQueryString === '') return undefined;
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// `12/Mar/2020:19:03:58 +0000`, API Gateway's request time format.
function apiGatewayTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${two(
    date.getUTCHours(),
  )}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
