import type { Metrics } from '@aws-lambda-powertools/metrics';
import {
  CapacityReachedError,
  ForbiddenError,
  GoneError,
  InvalidInputError,
  listAssessments,
  NotFoundError,
  RateLimitedError,
  recentChanges,
  requestSubscription,
  type SubscriptionPreferences,
  sendTestAlert,
  stateHistory,
  subscriptionPreferences,
  TestAlertUnavailableError,
  unsubscribe,
  updateSubscription,
  verifySubscription,
} from '@treatywatch/core';
import { stateName } from '@treatywatch/rules';
import type { Context, Handler } from 'hono';
import type { ApiDeps } from '../api/ApiDeps.js';
import { subscriptionDeps } from '../api/subscriptionDeps.js';
import { clientIp } from '../http/clientIp.js';
import { countAnsweredError } from '../http/createHttpApp.js';
import { CAPACITY_RETRY_AFTER_SECONDS } from '../http/errorResponse.js';
import type { HttpEnv } from '../http/HttpEnv.js';
import { manageLink } from './manageLink.js';
import { parseCalendarAlarms } from './parseCalendarAlarms.js';
import { preferencesFormValues } from './preferencesFormValues.js';
import { reminderDays } from './reminderDays.js';
import { renderAtomFeed } from './renderAtomFeed.js';
import { renderCalendar } from './renderCalendar.js';
import { renderHomePage } from './renderHomePage.js';
import { type ManagePageInput, renderManagePage } from './renderManagePage.js';
import { renderNotFoundPage } from './renderNotFoundPage.js';
import { renderRefusalPage } from './renderRefusalPage.js';
import { renderStatePage } from './renderStatePage.js';
import { renderSubscriptionErrorPage } from './renderSubscriptionErrorPage.js';
import { renderSubscriptionResultPage } from './renderSubscriptionResultPage.js';
import { renderUnsubscribePage, type UnsubscribeOutcome } from './renderUnsubscribePage.js';
import { renderVerificationPage } from './renderVerificationPage.js';
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

/** Manage pages carry a token: never cached (`webResponse`), never indexed. */
const NOT_INDEXED = { 'x-robots-tag': 'noindex' };

function managePageResponse(status: number, input: ManagePageInput, headers = {}): Response {
  return webResponse(status, 'html', renderManagePage(input), {
    headers: { ...NOT_INDEXED, ...headers },
  });
}

/** The manage page for a subscription that could not be found or managed with the token given. */
function manageFailure(error: unknown): Response {
  if (error instanceof NotFoundError) return managePageResponse(404, { kind: 'not-found' });
  if (error instanceof ForbiddenError) return managePageResponse(403, { kind: 'forbidden' });
  throw error;
}

/** The id and token a manage form posts (hidden fields). */
function manageForm(body: string): { id: string; token: string } {
  const form = new URLSearchParams(body);
  return { id: form.get('id') ?? '', token: form.get('token') ?? '' };
}

/**
 * The readable page for a refusal the form cannot fix: too many requests
 * (429, with `Retry-After`), a code that can no longer be used (410), or no
 * room for another subscription (503, with `Retry-After`).
 * Anything else is rethrown for `errorResponse`.
 */
function refusalPage(error: unknown, metrics: Metrics): Response {
  const page = refusal(error);
  countAnsweredError(metrics, error, page.status);
  return page;
}

function refusal(error: unknown): Response {
  if (error instanceof RateLimitedError) {
    const minutes = Math.max(1, Math.ceil(error.context.retryAfterSeconds / 60));
    const html = renderRefusalPage({
      heading: 'Too many subscription requests',
      explanation: `Too many requests came from here or for this address in a short time. Nothing was sent. Try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    });
    return webResponse(429, 'html', html, {
      headers: { 'retry-after': String(error.context.retryAfterSeconds) },
    });
  }
  if (error instanceof CapacityReachedError) {
    const html = renderRefusalPage({
      heading: 'Subscriptions are full for now',
      explanation:
        'Every alert topic holds as many subscriptions as it may, so nothing was subscribed and nothing was sent. The operator has been alerted and can add room. Please try again later.',
    });
    return webResponse(503, 'html', html, {
      headers: { 'retry-after': String(CAPACITY_RETRY_AFTER_SECONDS) },
    });
  }
  if (error instanceof GoneError) {
    const html = renderRefusalPage({
      heading: 'This code can no longer be used',
      explanation: `${error.message.replace(/^.*: /, 'The code ')}. Subscribe again from the form to get a new one.`,
    });
    return webResponse(410, 'html', html);
  }
  throw error;
}

/** Scheme and host the caller used, for links in pages and feeds. */
function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

/** The web handlers over `deps`. */
export function webHandlers({ metrics, ...deps }: ApiDeps & { readonly metrics: Metrics }) {
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
      const request = {
        protocol: values.protocol,
        endpoint: values.endpoint,
        states: values.states,
        treaties: values.treaties,
        statuses: values.statuses,
        reminders: reminderDays(values.reminders ?? ''),
        ...(values.cadence ? { cadence: values.cadence } : {}),
      };
      try {
        const result = await requestSubscription(await subscriptionDeps(deps), request, {
          sourceIp: clientIp(c) ?? 'unknown',
        });
        if (result.status === 'pending-verification') {
          return webResponse(202, 'html', renderVerificationPage({ id: result.id }));
        }
        const html = renderSubscriptionResultPage({
          ...result,
          protocol: values.protocol,
          origin: originOf(c),
        });
        return webResponse(202, 'html', html);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) return refusalPage(error, metrics);
        const states = trackedStates(await listAssessments(deps));
        const errors = subscriptionFormErrors(error.issues);
        return webResponse(422, 'html', renderSubscriptionErrorPage({ states, values, errors }));
      }
    },
    async verificationForm(c) {
      const id = c.req.param('id') ?? '';
      const code = (new URLSearchParams(await c.req.text()).get('code') ?? '').trim();
      const origin = originOf(c);
      try {
        const result = await verifySubscription(
          await subscriptionDeps(deps),
          { id, code },
          { manageLink: (subscription, token) => `${origin}${manageLink(subscription, token)}` },
        );
        const html = renderSubscriptionResultPage({ ...result, protocol: 'sms', origin });
        return webResponse(200, 'html', html);
      } catch (error) {
        if (error instanceof InvalidInputError) {
          const problem = `The code ${error.issues[0]?.message ?? 'was not accepted'}.`;
          return webResponse(400, 'html', renderVerificationPage({ id, problem }));
        }
        if (error instanceof NotFoundError) {
          return webResponse(
            404,
            'html',
            renderNotFoundPage('No such subscription is waiting for a code.'),
          );
        }
        return refusalPage(error, metrics);
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
    /** `GET /manage?id=…&token=…`: the manage link's page, with the subscription's preferences. */
    async managePage(c) {
      const id = c.req.query('id') ?? '';
      const token = c.req.query('token') ?? '';
      if (id === '' || token === '') return managePageResponse(400, { kind: 'incomplete' });
      try {
        const preferences = await subscriptionPreferences(deps.subscriptions, { id, token });
        const states = trackedStates(await listAssessments(deps));
        return managePageResponse(200, { kind: 'manage', preferences, token, states });
      } catch (error) {
        return manageFailure(error);
      }
    },
    /** `POST /manage`: the manage page's form replaces the preferences (as `PATCH /subscriptions/{id}`). */
    async manageForm(c) {
      const body = await c.req.text();
      const { id, token } = manageForm(body);
      if (id === '' || token === '') return managePageResponse(400, { kind: 'incomplete' });
      const { values, preferences: filter } = preferencesFormValues(body);
      const page = async (
        status: number,
        extra: Partial<Extract<ManagePageInput, { kind: 'manage' }>>,
      ) => {
        const preferences: SubscriptionPreferences = await subscriptionPreferences(
          deps.subscriptions,
          { id, token },
        );
        const states = trackedStates(await listAssessments(deps));
        return managePageResponse(status, { kind: 'manage', preferences, token, states, ...extra });
      };
      try {
        await updateSubscription(deps, { id, token, filter });
        return await page(200, { notice: 'Your preferences are saved.' });
      } catch (error) {
        try {
          if (error instanceof InvalidInputError) {
            const errors = subscriptionFormErrors(error.issues);
            return await page(422, { values, errors });
          }
          if (error instanceof CapacityReachedError) return refusalPage(error, metrics);
          return manageFailure(error);
        } catch (failure) {
          return manageFailure(failure);
        }
      }
    },
    /** `POST /manage/test`: the manage page's test-alert button (as `POST /subscriptions/{id}/test`). */
    async testAlertForm(c) {
      const { id, token } = manageForm(await c.req.text());
      if (id === '' || token === '') return managePageResponse(400, { kind: 'incomplete' });
      const answer = async (
        { status, ...said }: { status: number; notice?: string; problem?: string },
        headers: Record<string, string>,
      ) => {
        const preferences = await subscriptionPreferences(deps.subscriptions, { id, token });
        const states = trackedStates(await listAssessments(deps));
        return managePageResponse(
          status,
          { kind: 'manage', preferences, token, states, ...said },
          headers,
        );
      };
      try {
        await sendTestAlert(deps, { id, token });
        return await answer(
          {
            status: 202,
            notice:
              'A test alert is on its way to this subscription alone. An email subscription receives it once it is confirmed.',
          },
          {},
        );
      } catch (error) {
        try {
          if (error instanceof TestAlertUnavailableError) {
            const problem =
              'No test alert was sent: it would also reach older subscriptions that share this one’s alert topic. Alerts themselves still reach you.';
            return await answer({ status: 409, problem }, {});
          }
          if (!(error instanceof RateLimitedError)) throw error;
          countAnsweredError(metrics, error, 429);
          const { retryAfterSeconds } = error.context;
          const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
          const problem = `A test alert was sent to this subscription less than an hour ago, so none was sent now. Try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`;
          return await answer(
            { status: 429, problem },
            { 'retry-after': String(retryAfterSeconds) },
          );
        } catch (failure) {
          return manageFailure(failure);
        }
      }
    },
    /** `GET /feed.atom`: recent status changes. */
    async atomFeed(c) {
      const entries = await recentChanges(deps);
      const feed = renderAtomFeed({ entries, origin: originOf(c), now: deps.clock.now() });
      return webResponse(200, 'atom', feed, { cacheable: true });
    },
    /** `GET /calendar.ics[?alarms=30,7,1]`: effective dates, past and upcoming, with optional reminders. */
    async calendar(c) {
      const alarms = parseCalendarAlarms(c.req.query('alarms'));
      const assessments = await listAssessments(deps);
      const calendar = renderCalendar({
        assessments,
        origin: originOf(c),
        now: deps.clock.now(),
        today: deps.clock.today(),
        alarms,
      });
      return webResponse(200, 'calendar', calendar, {
        cacheable: true,
        headers: { 'content-disposition': 'inline; filename="treatywatch.ics"' },
      });
    },
  } satisfies Record<string, Handler<HttpEnv>>;
}
