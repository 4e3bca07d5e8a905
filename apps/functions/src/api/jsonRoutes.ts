import {
  listAssessments,
  MANAGE_TOKEN_HEADER,
  stateHistory,
  subscribe,
  unsubscribe,
} from '@treatywatch/core';
import { stateName } from '@treatywatch/rules';
import { jsonResponse } from '../http/jsonResponse.js';
import type { Route } from '../http/Route.js';
import { readJsonBody } from '../http/readJsonBody.js';

/** Header that carries a subscription's manage token (the `token` query parameter also works). */

const listStatus: Route = {
  method: 'GET',
  path: '/status',
  async handle(_request, { deps }) {
    const assessments = await listAssessments(deps);
    return jsonResponse(200, { assessments });
  },
};

const stateStatus: Route = {
  method: 'GET',
  path: '/status/{state}',
  async handle(request, { deps }) {
    const history = await stateHistory(deps, request.params.state ?? '');
    return jsonResponse(200, { ...history, name: stateName(history.state) });
  },
};

const createSubscription: Route = {
  method: 'POST',
  path: '/subscriptions',
  async handle(request, { deps }) {
    const result = await subscribe(deps, readJsonBody(request));
    return jsonResponse(201, result, { location: `/subscriptions/${result.id}` });
  },
};

const deleteSubscription: Route = {
  method: 'DELETE',
  path: '/subscriptions/{id}',
  async handle(request, { deps }) {
    const token = request.headers[MANAGE_TOKEN_HEADER.toLowerCase()] ?? request.query.token ?? '';
    await unsubscribe(deps, { id: request.params.id ?? '', token });
    return jsonResponse(204);
  },
};

/**
 * The public API's JSON routes: `GET /status`, `GET /status/{state}`,
 * `POST /subscriptions`, `DELETE /subscriptions/{id}`.
 */
export const jsonRoutes: readonly Route[] = [
  listStatus,
  stateStatus,
  createSubscription,
  deleteSubscription,
];
