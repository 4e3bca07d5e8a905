import type { SubscriptionPreferences } from '@treatywatch/core';
import { escapeHtml } from './escapeHtml.js';
import { fieldErrors } from './fieldErrors.js';
import type { PreferencesFormValues } from './preferencesFormValues.js';
import { renderFilterFieldsets } from './renderFilterFieldsets.js';
import { renderPage } from './renderPage.js';
import { renderScheduleFields } from './renderScheduleFields.js';
import type { FormChoice, SubscriptionFormError } from './SubscriptionForm.js';

/** A subscription's manage page, or why it cannot be shown. */
export type ManagePageInput =
  | {
      readonly kind: 'manage';
      readonly preferences: SubscriptionPreferences;
      readonly token: string;
      /** Tracked states, offered first. */
      readonly states: readonly FormChoice[];
      /** What was just done, said at the top. */
      readonly notice?: string;
      /** Why the last request was refused, said at the top. */
      readonly problem?: string;
      /** The preferences entered, when they came back with errors (else the saved ones). */
      readonly values?: PreferencesFormValues;
      readonly errors?: readonly SubscriptionFormError[];
    }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'incomplete' };

const PROTOCOL_LABELS = { email: 'Email', sms: 'SMS', https: 'HTTPS' } as const;

const STATUS_LABELS = {
  active: 'Active',
  'pending-confirmation': 'Sent for confirmation: alerts start once the link in it is followed',
  'pending-verification': 'Waiting for its SMS code',
  void: 'Void',
} as const;

const PROBLEMS = {
  'not-found': [
    'Subscription not found',
    'There is no such subscription: it may already have been removed.',
  ],
  forbidden: [
    'This link does not match the subscription',
    'The token in the link is not the one issued for this subscription. Use the full link you received when subscribing.',
  ],
  incomplete: [
    'This link is incomplete',
    'The link needs both the subscription id and its token. Use the full link you received when subscribing.',
  ],
} as const;

/** Hidden fields that say which subscription a form acts on, and prove the right to. */
function hidden(id: string, token: string): string {
  return `<input type="hidden" name="id" value="${escapeHtml(id)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">`;
}

function manage(input: Extract<ManagePageInput, { kind: 'manage' }>): string {
  const { preferences, token, states, notice, problem, errors = [] } = input;
  const { filter } = preferences;
  const values = input.values ?? {
    states: filter.states ?? [],
    treaties: filter.treaties ?? [],
    statuses: filter.statuses ?? [],
    reminders: (filter.reminders ?? []).join(', '),
    cadence: filter.cadence ?? 'immediate',
  };
  const top = [
    notice === undefined
      ? ''
      : `<div class="notice" role="status"><p>${escapeHtml(notice)}</p></div>`,
    problem === undefined
      ? ''
      : `<div class="alert" role="alert"><p>${escapeHtml(problem)}</p></div>`,
    errors.length === 0
      ? ''
      : `<div class="alert" role="alert"><p><strong>The preferences were not changed. Please correct:</strong></p>
<ul>
${errors.map((e) => (e.field === null ? `<li>${escapeHtml(e.message)}</li>` : `<li><a href="#f-${e.field}">${escapeHtml(e.message)}</a></li>`)).join('\n')}
</ul></div>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
  const fields = hidden(preferences.id, token);
  return `${top}
<dl class="facts">
<dt>Sent by</dt><dd>${PROTOCOL_LABELS[preferences.protocol]}</dd>
<dt>To</dt><dd>${escapeHtml(preferences.endpointMasked)}</dd>
<dt>Status</dt><dd>${escapeHtml(STATUS_LABELS[preferences.status])}</dd>
</dl>
<h2>What to send</h2>
<form method="post" action="/manage" novalidate>
${fields}
${renderFilterFieldsets({ states, values, errors })}
${renderScheduleFields(values, errors)}
<button type="submit">Save preferences</button>
</form>
<h2>Send a test alert</h2>
<p>One message, clearly marked as a test, to this subscription alone, to check that alerts arrive. At most one an hour.</p>
<form method="post" action="/manage/test">
${fields}
<button type="submit">Send a test alert</button>
</form>
<h2>Stop the alerts</h2>
<p>Removes this subscription. No more alerts will be sent to it.</p>
<form method="post" action="/unsubscribe">
${fields}
<button type="submit">Unsubscribe</button>
</form>`;
}

/**
 * The manage page, where the manage link leads: the subscription's masked
 * endpoint, protocol, status and preferences (states, treaties, statuses,
 * reminders, cadence), in forms that need no script
 * (`POST /manage` changes the preferences, `POST /manage/test` sends a test
 * alert, `POST /unsubscribe` removes it). The token travels in hidden fields,
 * never in a link the page makes. Not indexable.
 */
export function renderManagePage(input: ManagePageInput): string {
  if (input.kind === 'manage') {
    const title = 'Your alert preferences';
    const main = `<h1>${title}</h1>
${manage(input)}
<p><a href="/">Back to the statuses</a></p>`;
    return renderPage({ title, main, indexable: false });
  }
  const [title, text] = PROBLEMS[input.kind];
  const main = `<h1>${escapeHtml(title)}</h1>
<div class="alert" role="alert"><p>${escapeHtml(text)}</p></div>
<p><a href="/">Back to the statuses</a></p>`;
  return renderPage({ title, main, indexable: false });
}
