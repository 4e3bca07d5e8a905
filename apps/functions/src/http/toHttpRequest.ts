import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpRequest } from './Route.js';

/**
 * Turns an API Gateway HTTP API (payload v2) event into an `HttpRequest`:
 * lower-case header names, the body decoded from base64 when API Gateway
 * encoded it, and the origin the caller used. Path parameters are filled in
 * by the router.
 */
export function toHttpRequest(event: APIGatewayProxyEventV2): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  if (event.cookies?.length) headers.cookie ??= event.cookies.join('; ');
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined) query[name] = value;
  }
  const rawBody = event.body ?? '';
  const body = event.isBase64Encoded ? Buffer.from(rawBody, 'base64').toString('utf8') : rawBody;
  const host = headers.host ?? event.requestContext?.domainName ?? 'localhost';
  const scheme = headers['x-forwarded-proto'] ?? 'https';
  return {
    method: (event.requestContext?.http?.method ?? 'GET').toUpperCase(),
    path: event.rawPath || event.requestContext?.http?.path || '/',
    params: {},
    query,
    headers,
    body,
    origin: `${scheme}://${host}`,
  };
}
