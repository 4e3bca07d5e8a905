import {
  ForbiddenError,
  InvalidInputError,
  listAssessments,
  NotFoundError,
  recentChanges,
  stateHistory,
  subscribe,
  unsubscribe,
} from '@treatywatch/core';
import { stateName } from '@treatywatch/rules';
import type { HttpRequest, Route } from '../http/Route.js';
import { renderAtomFeed } from './renderAtomFeed.js';
import { renderCalendar } from './renderCalendar.js';
import { renderHomePage } from './renderHomePage.js';
import { renderNotFoundPage } from './renderNotFoundPage.js';
import { renderStatePage } from './renderStatePage.js';
import { renderSubscriptionErrorPage } from './renderSubscriptionErrorPage.js';
import { renderSubscriptionResultPage } from './renderSubscriptionResultPage.js';
import { renderUnsubscribePage, type UnsubscribeOutcome } from './renderUnsubscribePage.js';
import { subscriptionFormErrors } from './subscriptionFormErrors.js';
import { subscriptionFormValues } from './subscriptionFormValues.js';
import { trackedStates } from './trackedStates.js';
import { webResponse } from './webResponse.js';

function unsubscribeFailure(error: unknown): { status: number; outcome: UnsubscribeOutcome } {
  if (error instanceof NotFoundError) return { status: 404, outcome: { kind: 'not-found' } };
  if (error instanceof ForbiddenError) return { status: 403, outcome: { kind: 'forbidden' } };
  if (error instanceof InvalidInputError) return { status: 400, outcome: { kind: 'incomplete' } };
  throw error;
}

function formField(request: HttpRequest, name: string): string {
  return new URLSearchParams(request.body).get(name) ?? '';
}

/**
 * HTML, Atom and iCalendar routes of the public API, composed after the JSON
 * routes. `GET /status/{state}` and `POST /subscriptions` declare
 * `produces: 'text/html'`, so the router gives them to browsers and leaves
 * other callers to the JSON routes of the same paths.
 */
export const webRoutes: Route[] = [
  {
    method: 'GET',
    path: '/',
    handle: async (_request, { deps }) => {
      const assessments = await listAssessments(deps);
      const html = renderHomePage({ assessments, asOf: deps.clock.today() });
      return webResponse(200, 'html', html, { cacheable: true });
    },
  },
  {
    method: 'GET',
    path: '/status/{state}',
    produces: 'text/html',
    handle: async (request, { deps }) => {
      const vary = { headers: { vary: 'Accept' } };
      const code = request.params.state ?? '';
      let history: Awaited<ReturnType<typeof stateHistory>>;
      try {
        history = await stateHistory(deps, code);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        const page = renderNotFoundPage(`"${code}" is not an ISO 3166-1 state code such as UA.`);
        return webResponse(404, 'html', page, vary);
      }
      if (history.events.length === 0 && history.assessments.length === 0) {
        const page = renderNotFoundPage(
          `No facts have been recorded for ${stateName(history.state)}.`,
        );
        return webResponse(404, 'html', page, vary);
      }
      const html = renderStatePage({ ...history, asOf: deps.clock.today() });
      return webResponse(200, 'html', html, { cacheable: true, ...vary });
    },
  },
  {
    method: 'POST',
    path: '/subscriptions',
    produces: 'text/html',
    handle: async (request, { deps }) => {
      const values = subscriptionFormValues(request.body, request.headers['content-type']);
      try {
        const result = await subscribe(deps, values);
        const html = renderSubscriptionResultPage({
          ...result,
          protocol: values.protocol,
          origin: request.origin,
        });
        return webResponse(201, 'html', html);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        const states = trackedStates(await listAssessments(deps));
        const errors = subscriptionFormErrors(error.issues);
        return webResponse(422, 'html', renderSubscriptionErrorPage({ states, values, errors }));
      }
    },
  },
  {
    method: 'GET',
    path: '/unsubscribe',
    handle: async (request) => {
      const id = request.query.id ?? '';
      const token = request.query.token ?? '';
      if (id === '' || token === '') {
        return webResponse(400, 'html', renderUnsubscribePage({ kind: 'incomplete' }));
      }
      return webResponse(200, 'html', renderUnsubscribePage({ kind: 'confirm', id, token }));
    },
  },
  {
    method: 'POST',
    path: '/unsubscribe',
    handle: async (request, { deps }) => {
      try {
        await unsubscribe(deps, {
          id: formField(request, 'id'),
          token: formField(request, 'token'),
        });
        return webResponse(200, 'html', renderUnsubscribePage({ kind: 'done' }));
      } catch (error) {
        const { status, outcome } = unsubscribeFailure(error);
        return webResponse(status, 'html', renderUnsubscribePage(outcome));
      }
    },
  },
  {
    method: 'GET',
    path: '/feed.atom',
    handle: async (request, { deps }) => {
      const entries = await recentChanges(deps);
      const feed = renderAtomFeed({ entries, origin: request.origin, now: deps.clock.now() });
      return webResponse(200, 'atom', feed, { cacheable: true });
    },
  },
  {
    method: 'GET',
    path: '/calendar.ics',
    handle: async (request, { deps }) => {
      const assessments = await listAssessments(deps);
      const calendar = renderCalendar({
        assessments,
        origin: request.origin,
        now: deps.clock.now(),
      });
      return webResponse(200, 'calendar', calendar, {
        cacheable: true,
        headers: { 'content-disposition': 'inline; filename="treatywatch.ics"' },
      });
    },
  },
];
