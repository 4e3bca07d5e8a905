import type { LocalRoute } from './matchLocalRoute.js';

/** The functions behind the local HTTP server's routes. */
export type LocalTarget = 'webhook' | 'api' | 'confirm';

/**
 * The HTTP API's routes as the CDK stack declares them (infra/lib/TreatyApi.ts:
 * `WEBHOOK_ROUTES`, `PUBLIC_ROUTES`, and the api function as the default
 * integration), plus the local stand-in for SNS's subscription confirmation
 * endpoint, `GET /confirm`.
 */
export const LOCAL_ROUTES: readonly LocalRoute<LocalTarget>[] = [
  { routeKey: 'POST /events', target: 'webhook' },
  { routeKey: 'POST /evaluate', target: 'webhook' },
  { routeKey: 'GET /', target: 'api' },
  { routeKey: 'GET /status', target: 'api' },
  { routeKey: 'GET /status/{state}', target: 'api' },
  { routeKey: 'GET /feed.atom', target: 'api' },
  { routeKey: 'GET /calendar.ics', target: 'api' },
  { routeKey: 'POST /subscriptions', target: 'api' },
  { routeKey: 'DELETE /subscriptions/{id}', target: 'api' },
  { routeKey: 'GET /unsubscribe', target: 'api' },
  { routeKey: 'GET /confirm', target: 'confirm' },
  { routeKey: '$default', target: 'api' },
];
