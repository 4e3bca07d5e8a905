import { describe, expect, it } from 'vitest';
import { toHttpRequest } from '../../src/http/toHttpRequest.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';

describe('toHttpRequest', () => {
  it('decodes a base64 body', () => {
    const event = httpApiEvent({
      method: 'POST',
      path: '/events',
      body: '{"state":"ÉU"}',
      base64: true,
    });
    expect(event.body).not.toContain('state');
    expect(toHttpRequest(event).body).toBe('{"state":"ÉU"}');
  });

  it('lower-cases header names', () => {
    const event = httpApiEvent({
      method: 'POST',
      path: '/events',
      headers: { 'X-TreatyWatch-Signature': 't=1,v1=00' },
    });
    expect(toHttpRequest(event).headers['x-treatywatch-signature']).toBe('t=1,v1=00');
  });

  it('reads the method, path, query and origin', () => {
    const request = toHttpRequest(
      httpApiEvent({ method: 'delete', path: '/subscriptions/sub-1', query: { token: 'abc' } }),
    );
    expect(request).toMatchObject({
      method: 'DELETE',
      path: '/subscriptions/sub-1',
      query: { token: 'abc' },
      origin: 'https://abc123.execute-api.us-east-1.amazonaws.com',
      body: '',
    });
  });
});
