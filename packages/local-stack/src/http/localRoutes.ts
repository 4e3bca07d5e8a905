import { HTTP_API_ROUTES } from '@treatywatch/functions/routes';
import type { LocalRoute } from './matchLocalRoute.js';

/** The functions behind the local HTTP server's routes. */
export type LocalTarget = 'webhook' | 'api' | 'confirm';

/**
 * The HTTP API's routes, from the same table the CDK stack creates them from,
 * with the api function as the default integration, plus the local stand-in
 * for SNS's subscription confirmation endpoint, `GET /confirm`.
 */
export const LOCAL_ROUTES: readonly LocalRoute<LocalTarget>[] = [
  ...HTTP_API_ROUTES.map((route) => ({
    routeKey: `${route.method} ${route.path}`,
    target: route.function,
  })),
  { routeKey: 'GET /confirm', target: 'confirm' },
  { routeKey: '$default', target: 'api' },
];
