import { getConnInfo } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientIp } from '../../src/http/clientIp.js';
import { createHttpApp } from '../../src/http/createHttpApp.js';
import { lambdaHandler } from '../../src/http/lambdaHandler.js';
import { httpApiEvent } from '../helpers/httpApiEvent.js';
import { silentObservability } from '../helpers/silentObservability.js';

function handlerOf(register: (app: ReturnType<typeof createHttpApp>) => void) {
  const observability = silentObservability();
  const app = createHttpApp('test', observability, { getConnInfo });
  register(app);
  return lambdaHandler(app, observability.logger);
}

describe('lambdaHandler', () => {
  it('decodes a base64 body', async () => {
    const handler = handlerOf((app) => app.post('/echo', async (c) => c.text(await c.req.text())));
    const response = await handler(
      httpApiEvent({ method: 'POST', path: '/echo', body: '{"a":1}', base64: true }),
    );
    expect(response.body).toBe('{"a":1}');
  });

  it('reads the query and the headers, whatever their case', async () => {
    const handler = handlerOf((app) =>
      app.get('/echo', (c) => c.json({ q: c.req.query('q'), token: c.req.header('x-token') })),
    );
    const response = await handler(
      httpApiEvent({
        method: 'GET',
        path: '/echo',
        query: { q: 'UA' },
        headers: { 'X-Token': 't' },
      }),
    );
    expect(JSON.parse(response.body ?? '')).toEqual({ q: 'UA', token: 't' });
  });

  it('gives routes the source IP that API Gateway saw', async () => {
    const handler = handlerOf((app) => app.get('/ip', (c) => c.text(clientIp(c) ?? 'unknown')));
    const response = await handler(httpApiEvent({ method: 'GET', path: '/ip' }));
    expect(response.body).toBe('192.0.2.1');
  });

  it('builds links on the domain API Gateway served', async () => {
    const handler = handlerOf((app) =>
      app.get('/origin', (c) => c.text(new URL(c.req.url).origin)),
    );
    const response = await handler(httpApiEvent({ method: 'GET', path: '/origin' }));
    expect(response.body).toBe('https://abc123.execute-api.us-east-1.amazonaws.com');
  });

  it('returns a calendar as text, not base64', async () => {
    const handler = handlerOf((app) =>
      app.get('/calendar.ics', (c) =>
        c.body('BEGIN:VCALENDAR\r\n', 200, { 'content-type': 'text/calendar; charset=utf-8' }),
      ),
    );
    const response = await handler(httpApiEvent({ method: 'GET', path: '/calendar.ics' }));
    expect(response).toMatchObject({ isBase64Encoded: false, body: 'BEGIN:VCALENDAR\r\n' });
  });
});
