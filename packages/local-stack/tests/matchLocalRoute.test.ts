import { describe, expect, it } from 'vitest';
import { LOCAL_ROUTES } from '../src/http/localRoutes.js';
import { type LocalRoute, matchLocalRoute } from '../src/http/matchLocalRoute.js';

describe('matchLocalRoute', () => {
  it.each([
    ['POST', '/events', 'POST /events', 'webhook', undefined],
    ['POST', '/evaluate', 'POST /evaluate', 'webhook', undefined],
    ['GET', '/status', 'GET /status', 'api', undefined],
    ['GET', '/status/UA', 'GET /status/{state}', 'api', { state: 'UA' }],
    ['DELETE', '/subscriptions/sub-1', 'DELETE /subscriptions/{id}', 'api', { id: 'sub-1' }],
    ['GET', '/confirm', 'GET /confirm', 'confirm', undefined],
    ['GET', '/events', '$default', 'api', undefined],
    ['POST', '/unsubscribe', 'POST /unsubscribe', 'api', undefined],
    ['GET', '/nowhere/at/all', '$default', 'api', undefined],
  ])('routes %s %s to %s (%s)', (method, path, routeKey, target, params) => {
    const match = matchLocalRoute(LOCAL_ROUTES, method, path);
    expect(match).toMatchObject({ routeKey, target });
    if (params) expect(match?.pathParameters).toEqual(params);
  });

  it('URL-decodes path parameters', () => {
    expect(matchLocalRoute(LOCAL_ROUTES, 'GET', '/status/C%C3%B4te')?.pathParameters).toEqual({
      state: 'Côte',
    });
  });

  it('prefers a literal segment to a placeholder, and an exact method to ANY', () => {
    const routes: LocalRoute[] = [
      { routeKey: 'ANY /items/{id}', target: 'any' },
      { routeKey: 'GET /items/{id}', target: 'get' },
      { routeKey: 'GET /items/new', target: 'literal' },
      { routeKey: 'GET /files/{path+}', target: 'greedy' },
    ];
    expect(matchLocalRoute(routes, 'GET', '/items/new')?.target).toBe('literal');
    expect(matchLocalRoute(routes, 'GET', '/items/7')?.target).toBe('get');
    expect(matchLocalRoute(routes, 'PUT', '/items/7')?.target).toBe('any');
    expect(matchLocalRoute(routes, 'GET', '/files/a/b.txt')?.pathParameters).toEqual({
      path: 'a/b.txt',
    });
  });

  it('matches nothing when there is no route and no $default', () => {
    expect(matchLocalRoute([{ routeKey: 'GET /a', target: 'a' }], 'GET', '/b')).toBeUndefined();
  });
});
