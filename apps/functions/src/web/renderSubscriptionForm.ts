import { escapeHtml } from './escapeHtml.js';
import { fieldErrors } from './fieldErrors.js';
import { renderFilterFieldsets } from './renderFilterFieldsets.js';
import { renderScheduleFields } from './renderScheduleFields.js';
import type {
  FormChoice,
  SubscriptionFormError,
  SubscriptionFormValues,
} from './SubscriptionForm.js';

/**
 * What the form shows: the tracked states, offered first, and on a second try
 * the entries and their errors. Every other state is offered too.
 */
export interface SubscriptionFormInput {
  /** Tracked states, already in display order; the form offers every other ISO 3166-1 state after them. */
  readonly states: readonly FormChoice[];
  readonly values?: SubscriptionFormValues;
  readonly errors?: readonly SubscriptionFormError[];
}

const EMPTY: SubscriptionFormValues = {
  protocol: 'email',
  endpoint: '',
  states: [],
  treaties: [],
  statuses: [],
};

/**
 * The subscription form: email or SMS, the address or number, optional
 * state, treaty and status filters (checkboxes, sent as repeated keys),
 * countdown reminders (days, as text) and how often (radios). It
 * posts `application/x-www-form-urlencoded` to `/subscriptions` and needs no
 * script. Errors are listed at the top, linked to their fields, and repeated
 * next to each field it concerns.
 */
export function renderSubscriptionForm({
  states,
  values = EMPTY,
  errors = [],
}: SubscriptionFormInput): string {
  const summary =
    errors.length === 0
      ? ''
      : `<div class="alert" role="alert" aria-labelledby="error-summary-title">
<p id="error-summary-title"><strong>The subscription was not created. Please correct:</strong></p>
<ul>
${errors
  .map((e) =>
    e.field === null
      ? `<li>${escapeHtml(e.message)}</li>`
      : `<li><a href="#f-${e.field}">${escapeHtml(e.message)}</a></li>`,
  )
  .join('\n')}
</ul>
</div>`;
  const protocol = fieldErrors(errors, 'protocol');
  const endpoint = fieldErrors(errors, 'endpoint');
  const protocolErrors = protocol.messages;
  const endpointErrors = endpoint.messages;
  const radio = (value: string, label: string): string =>
    `<label for="f-protocol-${value}"><input type="radio" id="f-protocol-${value}" name="protocol" value="${value}"${values.protocol === value ? ' checked' : ''} required> ${label}</label>`;
  const endpointDescribedBy = `hint-endpoint${endpointErrors.length > 0 ? ' err-endpoint' : ''}`;
  return `<form method="post" action="/subscriptions" novalidate>
${summary}
<fieldset id="f-protocol"${protocolErrors.length > 0 ? ' aria-describedby="err-protocol"' : ''}>
<legend>Send alerts by</legend>
${protocol.html}
<div class="choices">
${radio('email', 'Email')}
${radio('sms', 'SMS')}
</div>
</fieldset>
<div class="field">
<label for="f-endpoint">Email address or mobile number</label>
<input type="text" id="f-endpoint" name="endpoint" value="${escapeHtml(values.endpoint)}" autocomplete="email" spellcheck="false" required aria-describedby="${endpointDescribedBy}"${endpointErrors.length > 0 ? ' aria-invalid="true"' : ''}>
<p class="hint" id="hint-endpoint">For SMS, the number in international format, e.g. +447700900123.</p>
${endpoint.html}
</div>
${renderFilterFieldsets({ states, values, errors })}
${renderScheduleFields(values, errors)}
<button type="submit">Subscribe</button>
</form>`;
}
