import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../../src/http/jsonResponse.js';
import { matchRoute } from '../../src/http/matchRoute.js';
import type { Route } from '../../src/http/Route.js';

const route = (method: Route['method'], path: string, produces?: string): Route => ({
  method,
  path,
  ...(produces ? { produces } : {}),
  handle: async () => jsonResponse(200, { method, path, produces }),
});

const statusJson = route('GET', '/status/{state}');
const statusHtml = route('GET', '/status/{state}', 'text/html');
const calendar = route('GET', '/status/{state}.ics');
const remove = route('DELETE', '/subscriptions/{id}');
const routes = [statusJson, remove, statusHtml, calendar];

const request = (method: string, path: string, accept?: string) => ({
  method,
  path,
  headers: accept ? { accept } : ({} as Record<string, string>),
});

describe('matchRoute', () => {
  it('fills path parameters, URL-decoded', () => {
    const result = matchRoute(routes, request('DELETE', '/subscriptions/sub%2D1'));
    expect(result).toEqual({ kind: 'matched', match: { route: remove, params: { id: 'sub-1' } } });
  });

  it('gives the default route to callers that do not ask for HTML', () => {
    const result = matchRoute(routes, request('GET', '/status/UA', '*/*'));
    expect(result.kind === 'matched' && result.match.route).toBe(statusJson);
  });

  it('gives the HTML route to a browser', () => {
    const accept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const result = matchRoute(routes, request('GET', '/status/UA', accept));
    expect(result.kind === 'matched' && result.match.route).toBe(statusHtml);
  });

  it('does not give the HTML route when HTML has quality zero', () => {
    const result = matchRoute(routes, request('GET', '/status/UA', 'text/html;q=0'));
    expect(result.kind === 'matched' && result.match.route).toBe(statusJson);
  });

  it('matches a placeholder followed by a literal suffix within a segment', () => {
    const result = matchRoute(routes, request('GET', '/status/UA.ics'));
    expect(result).toEqual({
      kind: 'matched',
      match: { route: calendar, params: { state: 'UA' } },
    });
  });

  it('does not let a placeholder span segments', () => {
    expect(matchRoute(routes, request('GET', '/status/UA/extra')).kind).toBe('not-found');
  });

  it('tolerates one trailing slash', () => {
    expect(matchRoute(routes, request('GET', '/status/UA/')).kind).toBe('matched');
  });

  it('reports the allowed methods of a known path', () => {
    expect(matchRoute(routes, request('POST', '/status/UA'))).toEqual({
      kind: 'method-not-allowed',
      allowed: ['GET'],
    });
  });

  it('reports an unknown path as not found', () => {
    expect(matchRoute(routes, request('GET', '/nowhere')).kind).toBe('not-found');
  });
});

describe('matchRoute precedence', () => {
  it('answers with it even when Accept does not ask for it', () => {
    const home = route('GET', '/', 'text/html');
    const result = matchRoute([home], request('GET', '/', 'application/json'));
    expect(result.kind === 'matched' && result.match.route).toBe(home);
  });

  it('prefers the more specific pattern whatever the order', () => {
    const result = matchRoute(
      [statusHtml, calendar],
      request('GET', '/status/UA.ics', 'text/html'),
    );
    expect(result.kind === 'matched' && result.match.route).toBe(calendar);
  });
});
