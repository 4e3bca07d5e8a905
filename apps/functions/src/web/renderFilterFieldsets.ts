import { STATUSES, TREATIES } from '@treatywatch/rules';
import { escapeHtml } from './escapeHtml.js';
import { everyState } from './everyState.js';
import { fieldErrors } from './fieldErrors.js';
import type {
  FormChoice,
  SubscriptionField,
  SubscriptionFormError,
  SubscriptionFormValues,
} from './SubscriptionForm.js';
import { statusLabel } from './statusLabel.js';

/** What the filter fieldsets show: the tracked states first, what is ticked, and errors. */
export interface FilterFieldsetsInput {
  /** Tracked states, already in display order; every other ISO 3166-1 state is offered after them. */
  readonly states: readonly FormChoice[];
  readonly values: Pick<SubscriptionFormValues, 'states' | 'treaties' | 'statuses'>;
  readonly errors: readonly SubscriptionFormError[];
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
  const { messages, html } = fieldErrors(errors, field);
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
${html}
${first}
${rest}
</fieldset>`;
}

/**
 * The state, treaty and status checkboxes (sent as repeated keys) that the
 * subscription form and the manage page share; none ticked in a group means
 * every one. Every ISO 3166-1 state can be chosen: the tracked ones first,
 * the others behind a disclosure.
 */
export function renderFilterFieldsets({ states, values, errors }: FilterFieldsetsInput): string {
  return `${checkboxGroup(
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
)}`;
}
