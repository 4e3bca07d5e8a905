import { InvalidInputError } from '@treatywatch/core';
import type { Handler } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { METRIC_NAMES } from '../../src/constants.js';
import { clientIp } from '../../src/http/clientIp.js';
import { createHttpApp } from '../../src/http/createHttpApp.js';
import type { HttpEnv } from '../../src/http/HttpEnv.js';
import { HTTP_API_ROUTES } from '../../src/http/httpApiRoutes.js';
import { jsonResponse } from '../../src/http/jsonResponse.js';
import { preferHtml } from '../../src/http/preferHtml.js';
import { type HttpApiRouteKey, registerRoutes } from '../../src/http/registerRoutes.js';
import { silentObservability } from '../helpers/silentObservability.js';

const echo: Handler<HttpEnv> = (c) =>
  jsonResponse(200, { route: c.req.routePath, params: c.req.param(), clientIp: clientIp(c) });

/** The api function's routes, each answered by `echo` unless `overrides` says otherwise. */
function apiApp(overrides: Partial<Record<HttpApiRouteKey<'api'>, Handler<HttpEnv>>> = {}) {
  const observability = silentObservability();
  const addMetric = vi.spyOn(observability.metrics, 'addMetric');
  const app = createHttpApp('api', observability, {
    getConnInfo: () => ({ remote: { address: '203.0.113.9' } }),
  });
  const handlers = Object.fromEntries(
    HTTP_API_ROUTES.filter((route) => route.function === 'api').map((route) => [
      `${route.method} ${route.path}`,
      echo,
    ]),
  ) as Record<HttpApiRouteKey<'api'>, Handler<HttpEnv>>;
  registerRoutes(app, 'api', { ...handlers, ...overrides });
  return { app, addMetric };
}

describe('createHttpApp with registerRoutes', () => {
  it('serves a path parameter URL-decoded', async () => {
    const { app } = apiApp();
    const response = await app.request('/subscriptions/sub%2D1', { method: 'DELETE' });
    expect(await response.json()).toMatchObject({ params: { id: 'sub-1' } });
  });

  it('tolerates one trailing slash', async () => {
    const { app } = apiApp();
    const response = await app.request('/status/UA/');
    expect(await response.json()).toMatchObject({ route: '/status/:state' });
  });

  it('does not let a path parameter span segments', async () => {
    const { app } = apiApp();
    expect((await app.request('/status/UA/extra')).status).toBe(404);
  });

  it('answers an unknown path 404 in JSON and counts it as a rejected request', async () => {
    const { app, addMetric } = apiApp();
    const response = await app.request('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'not-found',
      message: 'no route for GET /nowhere',
    });
    expect(addMetric).toHaveBeenCalledWith(METRIC_NAMES.rejectedRequests, 'Count', 1);
  });

  it('answers another method on a known path 405 with the allowed methods', async () => {
    const { app } = apiApp();
    const response = await app.request('/subscriptions/sub-1', { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('DELETE, PATCH');
    expect(await response.json()).toMatchObject({ error: 'method-not-allowed' });
  });

  it('lists every method of a path that has several', async () => {
    const { app } = apiApp();
    const response = await app.request('/unsubscribe', { method: 'DELETE' });
    expect(response.headers.get('allow')).toBe('GET, POST');
  });

  it('turns a refusal into its response', async () => {
    const { app, addMetric } = apiApp({
      'GET /status': () => {
        throw new InvalidInputError([{ field: 'state', message: 'unknown state' }]);
      },
    });
    const response = await app.request('/status');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: 'invalid-request',
      issues: [{ field: 'state', message: 'unknown state' }],
    });
    expect(addMetric).toHaveBeenCalledWith(METRIC_NAMES.rejectedRequests, 'Count', 1);
  });

  it('answers an unexpected error 500 with no detail, counted as a server error, not as rejected', async () => {
    const { app, addMetric } = apiApp({
      'GET /status': () => {
        throw new Error('table is gone');
      },
    });
    const response = await app.request('/status');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal', message: 'internal error' });
    expect(addMetric.mock.calls).toEqual([[METRIC_NAMES.serverErrors, 'Count', 1]]);
  });

  it('gives routes the caller address the host reads', async () => {
    const { app } = apiApp();
    const response = await app.request('/status');
    expect(await response.json()).toMatchObject({ clientIp: '203.0.113.9' });
  });
});

describe('preferHtml', () => {
  const html: Handler<HttpEnv> = (c) => c.html('<p>page</p>');
  const json: Handler<HttpEnv> = (c) => c.json({ page: false });
  const { app } = apiApp({ 'GET /status/{state}': preferHtml(html, json) });
  const accepting = async (accept: string) => {
    const response = await app.request('/status/UA', { headers: { accept } });
    return response.headers.get('content-type');
  };

  it('answers JSON to a caller that accepts anything', async () => {
    expect(await accepting('*/*')).toMatch(/^application\/json/);
  });

  it('answers HTML to a browser', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect(await accepting(browser)).toMatch(/^text\/html/);
  });

  it('answers JSON when HTML has quality zero', async () => {
    expect(await accepting('text/html;q=0')).toMatch(/^application\/json/);
  });
});
