import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  type AssessmentStore,
  type Clock,
  type EventStore,
  evaluateAll,
  evaluateState,
  parseEvaluationRequest,
  recordEvents,
} from '@treatywatch/core';
import { MAX_EVENTS_PER_REQUEST, METRIC_NAMES } from '../constants.js';
import { BadRequestError } from '../errors.js';
import { jsonResponse } from '../http/jsonResponse.js';
import type { Route } from '../http/Route.js';
import { readJsonBody } from '../http/readJsonBody.js';

/** What the webhook's routes work with. */
export interface WebhookRouteContext {
  readonly deps: { events: EventStore; assessments: AssessmentStore; clock: Clock };
  readonly metrics: Metrics;
}

const recordEventsRoute: Route<WebhookRouteContext> = {
  method: 'POST',
  path: '/events',
  async handle(request, { deps, metrics }) {
    const input = readJsonBody(request);
    if (Array.isArray(input) && input.length > MAX_EVENTS_PER_REQUEST) {
      throw new BadRequestError([
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
};

const evaluateRoute: Route<WebhookRouteContext> = {
  method: 'POST',
  path: '/evaluate',
  async handle(request, { deps, metrics }) {
    const { state } = parseEvaluationRequest(readJsonBody(request, {}));
    if (state === undefined) {
      const result = await evaluateAll(deps);
      metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, result.changes.length);
      return jsonResponse(200, result);
    }
    const result = await evaluateState(deps, state);
    metrics.addMetric(METRIC_NAMES.statusChanges, MetricUnit.Count, result.changes.length);
    return jsonResponse(200, result);
  },
};

/** `POST /events` (record one event or up to 100) and `POST /evaluate` (`{state?}`). */
export const webhookRoutes: readonly Route<WebhookRouteContext>[] = [
  recordEventsRoute,
  evaluateRoute,
];
