import { SIGNATURE_HEADER, signRequest, verifySignature } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { type RawHttpRequest, toApiGatewayEvent } from '../src/http/toApiGatewayEvent.js';

const request = (overrides: Partial<RawHttpRequest> = {}): RawHttpRequest => ({
  method: 'post',
  url: '/events',
  headers: { host: '127.0.0.1:8787', 'content-type': 'application/json' },
  body: Buffer.from('{"state":"UA"}'),
  sourceIp: '127.0.0.1',
  protocol: 'HTTP/1.1',
  ...overrides,
});

const NOW = new Date('2026-03-12T19:03:58.123Z');

describe('toApiGatewayEvent', () => {
  it('keeps a text body as it was sent, not base64', () => {
    const event = toApiGatewayEvent(request(), { routeKey: 'POST /events' }, NOW);
    expect(event.body).toBe('{"state":"UA"}');
    expect(event.isBase64Encoded).toBe(false);
  });

  it('base64-encodes a binary body', () => {
    const bytes = Buffer.from([0, 255, 1, 128]);
    const event = toApiGatewayEvent(
      request({ headers: { 'content-type': 'application/octet-stream' }, body: bytes }),
      { routeKey: '$default' },
      NOW,
    );
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(bytes);
  });

  it('leaves the body out when there is none', () => {
    const event = toApiGatewayEvent(
      request({ method: 'GET', body: Buffer.alloc(0) }),
      { routeKey: 'GET /status' },
      NOW,
    );
    expect(event.body).toBeUndefined();
    expect(event.isBase64Encoded).toBe(false);
  });

  it('lower-cases header names and joins repeated values with commas', () => {
    const event = toApiGatewayEvent(
      request({
        headers: {
          'X-TreatyWatch-Signature': 't=1,v1=ab',
          'x-forwarded-for': ['1.1.1.1', '2.2.2.2'],
        },
      }),
      { routeKey: 'POST /events' },
      NOW,
    );
    expect(event.headers['x-treatywatch-signature']).toBe('t=1,v1=ab');
    expect(event.headers['x-forwarded-for']).toBe('1.1.1.1,2.2.2.2');
  });

  it('adds the forwarding headers API Gateway sets, naming plain HTTP', () => {
    const event = toApiGatewayEvent(request(), { routeKey: 'POST /events' }, NOW);
    expect(event.headers['x-forwarded-proto']).toBe('http');
    expect(event.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('moves cookies from the header to `cookies`', () => {
    const event = toApiGatewayEvent(
      request({ headers: { cookie: 'a=1; b=2' } }),
      { routeKey: '$default' },
      NOW,
    );
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers.cookie).toBeUndefined();
  });

  it('keeps the raw path and query string and decodes query parameters', () => {
    const event = toApiGatewayEvent(
      request({ method: 'GET', url: '/status/UA?lang=en&tag=a&tag=b%20c', body: Buffer.alloc(0) }),
      { routeKey: 'GET /status/{state}', pathParameters: { state: 'UA' } },
      NOW,
    );
    expect(event.rawPath).toBe('/status/UA');
    expect(event.rawQueryString).toBe('lang=en&tag=a&tag=b%20c');
    expect(event.queryStringParameters).toEqual({ lang: 'en', tag: 'a,b c' });
    expect(event.pathParameters).toEqual({ state: 'UA' });
  });

  it('fills the request context as API Gateway does', () => {
    const event = toApiGatewayEvent(request(), { routeKey: 'POST /events' }, NOW);
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('POST /events');
    expect(event.requestContext).toMatchObject({
      routeKey: 'POST /events',
      stage: '$default',
      domainName: '127.0.0.1:8787',
      http: { method: 'POST', path: '/events', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
      time: '12/Mar/2026:19:03:58 +0000',
      timeEpoch: NOW.getTime(),
    });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a signed body byte for byte, so the webhook's signature check passes", () => {
    const body = '{"state":"UA","note":"Україна — é"}';
    const signature = signRequest(body, 's3cret', NOW);
    const event = toApiGatewayEvent(
      request({
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
        body: Buffer.from(body),
      }),
      { routeKey: 'POST /events' },
      NOW,
    );
    const verdict = verifySignature({
      header: event.headers[SIGNATURE_HEADER.toLowerCase()],
      body: event.body ?? '',
      secrets: ['s3cret'],
      now: NOW,
    });
    expect(verdict.ok).toBe(true);
  });
});
