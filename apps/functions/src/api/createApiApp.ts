import type { Hono } from 'hono';
import { createHttpApp, type HttpHostOptions } from '../http/createHttpApp.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { preferHtml } from '../http/preferHtml.js';
import { registerRoutes } from '../http/registerRoutes.js';
import { createObservability, type Observability } from '../Observability.js';
import { webHandlers } from '../web/webHandlers.js';
import type { ApiDeps } from './ApiDeps.js';
import { jsonHandlers } from './jsonHandlers.js';

/** What `createApiApp` needs: the stores, the subscription channel, a clock, and how it is hosted. */
export interface ApiAppDeps extends ApiDeps, HttpHostOptions, Partial<Observability> {}

/**
 * The public HTTP API as a Hono app: the routes `HTTP_API_ROUTES` gives to the
 * `api` function. JSON by default; `GET /status/{state}` and `POST
 * /subscriptions` answer HTML to browsers (`Accept: text/html`). Unknown
 * routes 404, wrong methods 405, and every error becomes a response in
 * `errorResponse`, never a stack trace.
 *
 * @example
 * const app = createApiApp({ ...stores, channel, clock: systemClock, getConnInfo });
 * const response = await app.request('/status');
 */
export function createApiApp(deps: ApiAppDeps): Hono<HttpEnv> {
  const app = createHttpApp('api', createObservability('api', deps), deps);
  const json = jsonHandlers(deps);
  const web = webHandlers(deps);
  registerRoutes(app, 'api', {
    'GET /': web.homePage,
    'GET /status': json.listStatus,
    'GET /status/{state}': preferHtml(web.statePage, json.stateStatus),
    'GET /feed.atom': web.atomFeed,
    'GET /calendar.ics': web.calendar,
    'POST /subscriptions': preferHtml(web.subscriptionForm, json.createSubscription),
    'DELETE /subscriptions/{id}': json.deleteSubscription,
    'GET /unsubscribe': web.unsubscribePage,
    'POST /unsubscribe': web.unsubscribeForm,
  });
  return app;
}
