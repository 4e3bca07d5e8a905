import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  type AssessmentStore,
  type Clock,
  type EventStore,
  evaluateAll,
  evaluateState,
  InvalidInputError,
  parseEvaluationRequest,
  recordEvents,
  type SubscriptionCapacity,
  type SubscriptionChannel,
  subscriptionCapacityReport,
} from '@treatywatch/core';
import type { Handler } from 'hono';
import { MAX_EVENTS_PER_REQUEST, METRIC_NAMES } from '../constants.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readJsonBody } from '../http/readJsonBody.js';

/** What the webhook's handlers work with. */
export interface WebhookHandlerDeps {
  readonly events: EventStore;
  readonly assessments: AssessmentStore;
  readonly capacity: SubscriptionCapacity;
  readonly channel: SubscriptionChannel;
  readonly clock: Clock;
  readonly metrics: Metrics;
}

/** The webhook's handlers, run once the body's size and signature have been checked. */
export interface WebhookHandlers {
  /** `POST /events`: record one event or an array of up to 100. */
  readonly recordEvents: Handler<HttpEnv>;
  /** `POST /evaluate`: `{state?}`, one state or every state, now. */
  readonly evaluate: Handler<HttpEnv>;
  /**
   * `GET /operator/subscriptions`: per-shard filter-policy counts against the
   * quota, full marks, and subscriptions by protocol and status. No endpoint.
   */
  readonly subscriptionCapacity: Handler<HttpEnv>;
}

/** The webhook's handlers over `deps`. */
export function webhookHandlers({ metrics, ...deps }: WebhookHandlerDeps): WebhookHandlers {
  return {
    async recordEvents(c) {
      const input = await readJsonBody(c);
      if (Array.isArray(input) && input.length > MAX_EVENTS_PER_REQUEST) {
        throw new InvalidInputError([
          {
            field: '(body)',
            message: `at most ${MAX_EVENTS_PER_REQUEST} events per request, got ${input.length}`,
          },
        ]);
      }
      const { results } = await recordEvents(deps, input);
      const recorded = results.filter((r) => !r.duplicate).length;
      metrics.addMetric(METRIC_NAMES.eventsRecorded, MetricUnit.Count, recorded);
      return jsonResponse(recorded > 0 ? 201 : 200, { results });
    },
    async evaluate(c) {
      const { state } = parseEvaluationRequest(await readJsonBody(c, {}));
      const result =
        state === undefined ? await evaluateAll(deps) : await evaluateState(deps, state);
      metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, result.changes.length);
      return jsonResponse(200, result);
    },
    async subscriptionCapacity() {
      return jsonResponse(200, await subscriptionCapacityReport(deps));
    },
  };
}
