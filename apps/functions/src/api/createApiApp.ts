import type { Hono } from 'hono';
import { MAX_API_BODY_BYTES } from '../constants.js';
import { bodyCap } from '../http/bodyCap.js';
import { createHttpApp, type HttpHostOptions } from '../http/createHttpApp.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { preferHtml } from '../http/preferHtml.js';
import { registerRoutes } from '../http/registerRoutes.js';
import { createObservability, type Observability } from '../Observability.js';
import { webHandlers } from '../web/webHandlers.js';
import type { ApiDeps } from './ApiDeps.js';
import { countingSmsSender } from './countingSmsSender.js';
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
  const observability = createObservability('api', deps);
  const app = createHttpApp('api', observability, deps);
  // Public input is small: a subscription is a few hundred bytes.
  app.use(bodyCap(MAX_API_BODY_BYTES));
  const counted = { ...deps, sms: countingSmsSender(deps.sms, observability.metrics) };
  const json = jsonHandlers(counted);
  const web = webHandlers({ ...counted, metrics: observability.metrics });
  registerRoutes(app, 'api', {
    'GET /': web.homePage,
    'GET /status': json.listStatus,
    'GET /status/{state}': preferHtml(web.statePage, json.stateStatus),
    'GET /feed.atom': web.atomFeed,
    'GET /calendar.ics': web.calendar,
    'POST /subscriptions': preferHtml(web.subscriptionForm, json.createSubscription),
    'POST /subscriptions/{id}/verify': preferHtml(web.verificationForm, json.verifySubscription),
    'PATCH /subscriptions/{id}': json.updateSubscription,
    'POST /subscriptions/{id}/test': json.testSubscription,
    'DELETE /subscriptions/{id}': json.deleteSubscription,
    'GET /unsubscribe': web.unsubscribePage,
    'POST /unsubscribe': web.unsubscribeForm,
    'GET /manage': web.managePage,
    'POST /manage': web.manageForm,
    'POST /manage/test': web.testAlertForm,
  });
  return app;
}
