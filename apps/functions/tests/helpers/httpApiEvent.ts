import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** What a test says about a request; the rest of the API Gateway event is filled in. */
export interface HttpApiEventInput {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly query?: Record<string, string>;
  readonly base64?: boolean;
  /** The caller's address as API Gateway saw it (default 192.0.2.1). */
  readonly sourceIp?: string;
}

/** An API Gateway HTTP API (payload v2) event, shaped as API Gateway sends it. */
export function httpApiEvent(input: HttpApiEventInput): APIGatewayProxyEventV2 {
  const body =
    input.body === undefined
      ? undefined
      : input.base64
        ? Buffer.from(input.body, 'utf8').toString('base64')
        : input.body;
  const rawQueryString = new URLSearchParams(input.query ?? {}).toString();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: input.path,
    rawQueryString,
    headers: {
      host: 'abc123.execute-api.us-east-1.amazonaws.com',
      'x-forwarded-proto': 'https',
      ...(input.headers ?? {}),
    },
    ...(input.query ? { queryStringParameters: input.query } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: {
        method: input.method,
        path: input.path,
        protocol: 'HTTP/1.1',
        sourceIp: input.sourceIp ?? '192.0.2.1',
        userAgent: 'treatywatch-tests',
      },
      requestId: 'request-id',
      routeKey: '$default',
      stage: '$default',
      time: '28/Jan/2026:09:00:00 +0000',
      timeEpoch: 1769590800000,
    },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded: input.base64 ?? false,
  };
}
