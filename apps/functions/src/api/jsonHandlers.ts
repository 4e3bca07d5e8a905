import {
  listAssessments,
  MANAGE_TOKEN_HEADER,
  requestSubscription,
  sendTestAlert,
  stateHistory,
  unsubscribe,
  updateSubscription,
  verifySubscription,
} from '@treatywatch/core';
import { stateName } from '@treatywatch/rules';
import type { Handler } from 'hono';
import { clientIp } from '../http/clientIp.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { jsonResponse } from '../http/jsonResponse.js';
import { readJsonBody } from '../http/readJsonBody.js';
import { manageLink } from '../web/manageLink.js';
import type { ApiDeps } from './ApiDeps.js';
import { subscriptionDeps } from './subscriptionDeps.js';

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
      const result = await requestSubscription(
        await subscriptionDeps(deps),
        await readJsonBody(c),
        { sourceIp: clientIp(c) ?? 'unknown' },
      );
      return jsonResponse(202, result, { location: `/subscriptions/${result.id}` });
    },
    async verifySubscription(c) {
      const body = await readJsonBody(c);
      const code =
        typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
      const origin = new URL(c.req.url).origin;
      const result = await verifySubscription(
        await subscriptionDeps(deps),
        { id: c.req.param('id') ?? '', code },
        { manageLink: (id, token) => `${origin}${manageLink(id, token)}` },
      );
      return jsonResponse(200, result);
    },
    async updateSubscription(c) {
      const result = await updateSubscription(deps, {
        id: c.req.param('id') ?? '',
        token: c.req.header(MANAGE_TOKEN_HEADER) ?? '',
        filter: await readJsonBody(c),
      });
      return jsonResponse(200, result);
    },
    /** `POST /subscriptions/{id}/test`: one test alert to this subscription alone, at most one an hour. */
    async testSubscription(c) {
      const result = await sendTestAlert(deps, {
        id: c.req.param('id') ?? '',
        token: c.req.header(MANAGE_TOKEN_HEADER) ?? '',
      });
      return jsonResponse(202, result);
    },
    /** `DELETE /subscriptions/{id}`: with the manage token in `X-Manage-Token` or `?token=`. */
    async deleteSubscription(c) {
      const token = c.req.header(MANAGE_TOKEN_HEADER) ?? c.req.query('token') ?? '';
      await unsubscribe(deps, { id: c.req.param('id') ?? '', token });
      return jsonResponse(204);
    },
  } satisfies Record<string, Handler<HttpEnv>>;
}
