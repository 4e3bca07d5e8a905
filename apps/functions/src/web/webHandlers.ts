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
import type { Context, Handler } from 'hono';
import type { ApiDeps } from '../api/ApiDeps.js';
import type { HttpEnv } from '../http/HttpEnv.js';
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

/** Scheme and host the caller used, for links in pages and feeds. */
function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

/** The web handlers over `deps`. */
export function webHandlers(deps: ApiDeps) {
  return {
    /** `GET /`: the status page with the subscription form. */
    async homePage() {
      const assessments = await listAssessments(deps);
      const html = renderHomePage({ assessments, asOf: deps.clock.today() });
      return webResponse(200, 'html', html, { cacheable: true });
    },
    /** `GET /status/{state}` for a browser: the state's page. */
    async statePage(c) {
      const vary = { headers: { vary: 'Accept' } };
      const code = c.req.param('state') ?? '';
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
    /** `POST /subscriptions` from the form: the result page, or the form with its errors. */
    async subscriptionForm(c) {
      const values = subscriptionFormValues(await c.req.text(), c.req.header('content-type'));
      try {
        const result = await subscribe(deps, values);
        const html = renderSubscriptionResultPage({
          ...result,
          protocol: values.protocol,
          origin: originOf(c),
        });
        return webResponse(201, 'html', html);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        const states = trackedStates(await listAssessments(deps));
        const errors = subscriptionFormErrors(error.issues);
        return webResponse(422, 'html', renderSubscriptionErrorPage({ states, values, errors }));
      }
    },
    /** `GET /unsubscribe?id=…&token=…`: asks to confirm. */
    async unsubscribePage(c) {
      const id = c.req.query('id') ?? '';
      const token = c.req.query('token') ?? '';
      if (id === '' || token === '') {
        return webResponse(400, 'html', renderUnsubscribePage({ kind: 'incomplete' }));
      }
      return webResponse(200, 'html', renderUnsubscribePage({ kind: 'confirm', id, token }));
    },
    /** `POST /unsubscribe`: HTML forms cannot send DELETE. */
    async unsubscribeForm(c) {
      const form = new URLSearchParams(await c.req.text());
      try {
        await unsubscribe(deps, { id: form.get('id') ?? '', token: form.get('token') ?? '' });
        return webResponse(200, 'html', renderUnsubscribePage({ kind: 'done' }));
      } catch (error) {
        const { status, outcome } = unsubscribeFailure(error);
        return webResponse(status, 'html', renderUnsubscribePage(outcome));
      }
    },
    /** `GET /feed.atom`: recent status changes. */
    async atomFeed(c) {
      const entries = await recentChanges(deps);
      const feed = renderAtomFeed({ entries, origin: originOf(c), now: deps.clock.now() });
      return webResponse(200, 'atom', feed, { cacheable: true });
    },
    /** `GET /calendar.ics`: upcoming effective dates. */
    async calendar(c) {
      const assessments = await listAssessments(deps);
      const calendar = renderCalendar({ assessments, origin: originOf(c), now: deps.clock.now() });
      return webResponse(200, 'calendar', calendar, {
        cacheable: true,
        headers: { 'content-disposition': 'inline; filename="treatywatch.ics"' },
      });
    },
  } satisfies Record<string, Handler<HttpEnv>>;
}
