import { getConnInfo } from '@hono/node-server/conninfo';
import { clientIp, type HttpEnv } from '@treatywatch/functions';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SILENT_LOG } from '../src/DevLog.js';
import { type RunningHttpServer, startHttpServer } from '../src/http/startHttpServer.js';

/** An app that says which function it stands for, the route it got and the caller's address. */
function app(name: string) {
  const served = new Hono<HttpEnv>();
  served.use(async (c, next) => {
    c.set('connInfo', getConnInfo);
    await next();
  });
  served.all('*', (c) => c.json({ function: name, path: c.req.path, clientIp: clientIp(c) }));
  return served;
}

describe('startHttpServer', () => {
  let server: RunningHttpServer;
  const get = async (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      apps: { api: app('api'), webhook: app('webhook') },
      confirm: (c) => c.text('confirmed\n'),
      log: SILENT_LOG,
    });
  });
  afterAll(() => server.close());

  it('answers 503 with Retry-After until it is opened', async () => {
    const response = await get('/status');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    server.open();
    expect((await get('/status')).status).toBe(200);
  });

  it('sends the routes HTTP_API_ROUTES gives to the webhook to the webhook app', async () => {
    server.open();
    const response = await get('/events', { method: 'POST', body: '[]' });
    expect(await response.json()).toMatchObject({ function: 'webhook', path: '/events' });
  });

  it('sends every other request to the api app, as API Gateway does its default route', async () => {
    server.open();
    expect(await (await get('/status/UA')).json()).toMatchObject({ function: 'api' });
    expect(await (await get('/events')).json()).toMatchObject({ function: 'api' });
  });

  it('serves the local confirmation page', async () => {
    server.open();
    expect(await (await get('/confirm?subscriber=s&token=t')).text()).toBe('confirmed\n');
  });

  it("gives the apps the caller's address from the socket", async () => {
    server.open();
    expect(await (await get('/status')).json()).toMatchObject({ clientIp: '127.0.0.1' });
  });
});
