import {
  type AssessmentStore,
  type Clock,
  type EventStore,
  SIGNATURE_HEADER,
  type SubscriptionCapacity,
  type SubscriptionChannel,
  verifySignature,
} from '@treatywatch/core';
import type { Hono } from 'hono';
import { MAX_WEBHOOK_BODY_BYTES } from '../constants.js';
import { UnauthorizedError } from '../errors.js';
import { bodyCap } from '../http/bodyCap.js';
import { createHttpApp, type HttpHostOptions } from '../http/createHttpApp.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { registerRoutes } from '../http/registerRoutes.js';
import { createObservability, type Observability } from '../Observability.js';
import { webhookHandlers } from './webhookHandlers.js';

/** The secrets the webhook accepts right now; may cache (and refresh) them. */
export type WebhookSecretSource = () => Promise<readonly string[]>;

/** What the webhook needs: stores, the subscription shards, a clock and the accepted secrets. */
export interface WebhookDeps extends Partial<Observability> {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  /** Read by the operator's view of subscription capacity. */
  readonly capacity: SubscriptionCapacity;
  /** Asked for each shard's subscription counts by the operator's view. */
  readonly channel: SubscriptionChannel;
  /** Also the time signatures are checked against. */
  readonly clock: Clock;
  readonly secrets: WebhookSecretSource;
}

/** What `createWebhookApp` needs: the webhook's dependencies and how it is hosted. */
export interface WebhookAppDeps extends WebhookDeps, HttpHostOptions {}

/**
 * The signed webhook as a Hono app: `POST /events`, `POST /evaluate`, and
 * the operator's `GET /operator/subscriptions` (capacity by shard).
 * Checks, in order and before anything is read or written: body size (413),
 * the signature over the raw body and its age (401), route (404/405), body
 * (400). Errors become responses in `errorResponse`.
 *
 * @example
 * const app = createWebhookApp({ events, assessments, clock: systemClock, secrets: async () => ['s3cret'], getConnInfo });
 */
export function createWebhookApp(deps: WebhookAppDeps): Hono<HttpEnv> {
  const observability = createObservability('webhook', deps);
  const app = createHttpApp('webhook', observability, deps);
  app.use(bodyCap(MAX_WEBHOOK_BODY_BYTES));
  app.use(async (c, next) => {
    const verdict = verifySignature({
      header: c.req.header(SIGNATURE_HEADER),
      body: await c.req.text(),
      secrets: await deps.secrets(),
      now: new Date(deps.clock.now()),
    });
    if (!verdict.ok) throw new UnauthorizedError(verdict.problem, verdict.message);
    await next();
  });
  const handlers = webhookHandlers({ ...deps, metrics: observability.metrics });
  registerRoutes(app, 'webhook', {
    'POST /events': handlers.recordEvents,
    'POST /evaluate': handlers.evaluate,
    'GET /operator/subscriptions': handlers.subscriptionCapacity,
  });
  return app;
}
