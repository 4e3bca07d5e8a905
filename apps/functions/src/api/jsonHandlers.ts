import {
  listAssessments,
  MANAGE_TOKEN_HEADER,
  stateHistory,
  subscribe,
  unsubscribe,
} from '@treatywatch/core';
import { stateName } from '@treatywatch/rules';
import type { Handler } from 'hono';
import type { HttpEnv } from '../http/HttpEnv.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { ApiDeps } from './ApiDeps.js';

/** The JSON handlers over `deps`. */
export function jsonHandlers(deps: ApiDeps) {
  return {
    /** `GET /status`: every current assessment. */
    async listStatus() {
      const assessments = await listAssessments(deps);
      return jsonResponse(200, { assessments });
    },
    /** `GET /status/{state}`: one state's assessments and timeline. */
    async stateStatus(c) {
      const history = await stateHistory(deps, c.req.param('state') ?? '');
      return jsonResponse(200, { ...history, name: stateName(history.state) });
    },
    /** `POST /subscriptions`: `201` with the id and the manage token. */
    async createSubscription(c) {
      const result = await subscribe(deps, await readJsonBody(c));
      return jsonResponse(201, result, { location: `/subscriptions/${result.id}` });
    },
    /** `DELETE /subscriptions/{id}`: with the manage token in `X-Manage-Token` or `?token=`. */
    async deleteSubscription(c) {
      const token = c.req.header(MANAGE_TOKEN_HEADER) ?? c.req.query('token') ?? '';
      await unsubscribe(deps, { id: c.req.param('id') ?? '', token });
      return jsonResponse(204);
    },
  } satisfies Record<string, Handler<HttpEnv>>;
}
