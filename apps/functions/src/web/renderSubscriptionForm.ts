import { STATUSES, TREATIES } from '@treatywatch/rules';
import { escapeHtml } from './escapeHtml.js';
import { everyState } from './everyState.js';
import type {
  FormChoice,
  SubscriptionField,
  SubscriptionFormError,
  SubscriptionFormValues,
} from './SubscriptionForm.js';
import { statusLabel } from './statusLabel.js';

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

function errorsFor(errors: readonly SubscriptionFormError[], field: SubscriptionField): string[] {
  return errors.filter((e) => e.field === field).map((e) => e.message);
}

function errorText(id: string, messages: readonly string[]): string {
  if (messages.length === 0) return '';
  return `<p class="error" id="${id}">${messages.map((m) => `Error: ${escapeHtml(m)}`).join('<br>')}</p>`;
}

/** More choices behind a disclosure (`<details>`, no script), open when one of them is ticked. */
interface MoreChoices {
  readonly summary: string;
  readonly choices: readonly FormChoice[];
}

function checkboxes(
  field: SubscriptionField,
  choices: readonly FormChoice[],
  checked: readonly string[],
): string {
  return choices
    .map((choice) => {
      const id = `f-${field}-${choice.value}`;
      const on = checked.includes(choice.value) ? ' checked' : '';
      return `<label for="${escapeHtml(id)}"><input type="checkbox" id="${escapeHtml(id)}" name="${field}" value="${escapeHtml(choice.value)}"${on}> ${escapeHtml(choice.label)}</label>`;
    })
    .join('\n');
}

function checkboxGroup(
  field: SubscriptionField,
  legend: string,
  hint: string,
  choices: readonly FormChoice[],
  checked: readonly string[],
  errors: readonly SubscriptionFormError[],
  more?: MoreChoices,
): string {
  const messages = errorsFor(errors, field);
  const describedBy = `hint-${field}${messages.length > 0 ? ` err-${field}` : ''}`;
  const first =
    choices.length === 0
      ? ''
      : `<div class="choices">\n${checkboxes(field, choices, checked)}\n</div>`;
  const rest =
    more === undefined || more.choices.length === 0
      ? ''
      : `<details${more.choices.some((c) => checked.includes(c.value)) ? ' open' : ''}>
<summary>${escapeHtml(more.summary)}</summary>
<div class="choices">
${checkboxes(field, more.choices, checked)}
</div>
</details>`;
  return `<fieldset id="f-${field}" aria-describedby="${describedBy}">
<legend>${escapeHtml(legend)}</legend>
<p class="hint" id="hint-${field}">${escapeHtml(hint)}</p>
${errorText(`err-${field}`, messages)}
${first}
${rest}
</fieldset>`;
}

/**
 * The subscription form: email or SMS, the address or number, and optional
 * state, treaty and status filters (checkboxes, sent as repeated keys). It
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
  const protocolErrors = errorsFor(errors, 'protocol');
  const endpointErrors = errorsFor(errors, 'endpoint');
  const radio = (value: string, label: string): string =>
    `<label for="f-protocol-${value}"><input type="radio" id="f-protocol-${value}" name="protocol" value="${value}"${values.protocol === value ? ' checked' : ''} required> ${label}</label>`;
  const endpointDescribedBy = `hint-endpoint${endpointErrors.length > 0 ? ' err-endpoint' : ''}`;
  return `<form method="post" action="/subscriptions" novalidate>
${summary}
<fieldset id="f-protocol"${protocolErrors.length > 0 ? ' aria-describedby="err-protocol"' : ''}>
<legend>Send alerts by</legend>
${errorText('err-protocol', protocolErrors)}
<div class="choices">
${radio('email', 'Email')}
${radio('sms', 'SMS')}
</div>
</fieldset>
<div class="field">
<label for="f-endpoint">Email address or mobile number</label>
<input type="text" id="f-endpoint" name="endpoint" value="${escapeHtml(values.endpoint)}" autocomplete="email" spellcheck="false" required aria-describedby="${endpointDescribedBy}"${endpointErrors.length > 0 ? ' aria-invalid="true"' : ''}>
<p class="hint" id="hint-endpoint">For SMS, the number in international format, e.g. +447700900123.</p>
${errorText('err-endpoint', endpointErrors)}
</div>
${checkboxGroup(
  'states',
  'States (optional)',
  states.length === 0
    ? 'Leave all unticked to hear about every state. You can follow any state, before it does anything.'
    : 'Leave all unticked to hear about every state. The states with recorded facts come first; you can follow any other state too, before it does anything.',
  states,
  values.states,
  errors,
  {
    summary: states.length === 0 ? 'Every state (ISO 3166-1)' : 'Every other state (ISO 3166-1)',
    choices: everyState().filter((c) => !states.some((s) => s.value === c.value)),
  },
)}
${checkboxGroup(
  'treaties',
  'Treaties (optional)',
  'Leave all unticked to hear about every treaty.',
  TREATIES.map((t) => ({ value: t.id, label: t.shortName })),
  values.treaties,
  errors,
)}
${checkboxGroup(
  'statuses',
  'New statuses (optional)',
  'Leave all unticked to hear about every change.',
  STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
  values.statuses,
  errors,
)}
<button type="submit">Subscribe</button>
</form>`;
}
