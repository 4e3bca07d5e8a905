/** The HTTP methods the API's routes use. */
export type HttpApiMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A route of the HTTP API and the function that serves it. */
export interface HttpApiRoute {
  readonly method: HttpApiMethod;
  /** API Gateway path, with `{param}` placeholders. */
  readonly path: string;
  readonly function: 'webhook' | 'api';
}

/**
 * The HTTP API's routes, declared once: the CDK stack creates them and the
 * local stack's server routes by them. Anything else goes to the `api`
 * function, the default integration.
 */
export const HTTP_API_ROUTES = [
  // Signed routes for curators and scrapers.
  { method: 'POST', path: '/events', function: 'webhook' },
  { method: 'POST', path: '/evaluate', function: 'webhook' },
  // Signed, for operators: subscription capacity by shard.
  { method: 'GET', path: '/operator/subscriptions', function: 'webhook' },
  // Public routes: the page, statuses, feeds and subscriptions.
  { method: 'GET', path: '/', function: 'api' },
  { method: 'GET', path: '/status', function: 'api' },
  { method: 'GET', path: '/status/{state}', function: 'api' },
  { method: 'GET', path: '/feed.atom', function: 'api' },
  { method: 'GET', path: '/calendar.ics', function: 'api' },
  { method: 'POST', path: '/subscriptions', function: 'api' },
  { method: 'POST', path: '/subscriptions/{id}/verify', function: 'api' },
  { method: 'PATCH', path: '/subscriptions/{id}', function: 'api' },
  { method: 'POST', path: '/subscriptions/{id}/test', function: 'api' },
  { method: 'DELETE', path: '/subscriptions/{id}', function: 'api' },
  { method: 'GET', path: '/unsubscribe', function: 'api' },
  // HTML forms cannot send DELETE: the unsubscribe page posts here.
  { method: 'POST', path: '/unsubscribe', function: 'api' },
  // The manage link's page; its forms post here (preferences, test alert).
  { method: 'GET', path: '/manage', function: 'api' },
  { method: 'POST', path: '/manage', function: 'api' },
  { method: 'POST', path: '/manage/test', function: 'api' },
] as const satisfies readonly HttpApiRoute[];
