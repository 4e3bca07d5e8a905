import { escapeHtml } from './escapeHtml.js';
import { fieldErrors } from './fieldErrors.js';
import type { SubscriptionFormError } from './SubscriptionForm.js';

const CADENCE_LABELS = {
  immediate: 'Each change as it happens',
  daily: 'One digest a day',
  weekly: 'One digest a week',
} as const;

/**
 * The countdown reminders field (days separated by commas, as typed) and the
 * cadence radios (each change as it happens, or a daily or weekly digest),
 * with their errors: the part of the preferences that the subscription form
 * and the manage page share besides the filters. No script needed.
 */
export function renderScheduleFields(
  values: { readonly reminders?: string; readonly cadence?: string },
  errors: readonly SubscriptionFormError[],
): string {
  const reminders = fieldErrors(errors, 'reminders');
  const cadence = fieldErrors(errors, 'cadence');
  const remindersDescribedBy = `hint-reminders${reminders.messages.length > 0 ? ' err-reminders' : ''}`;
  const radios = Object.entries(CADENCE_LABELS)
    .map(
      ([value, label]) =>
        `<label for="f-cadence-${value}"><input type="radio" id="f-cadence-${value}" name="cadence" value="${value}"${(values.cadence || 'immediate') === value ? ' checked' : ''}> ${label}</label>`,
    )
    .join('\n');
  return `<div class="field">
<label for="f-reminders">Reminders (optional)</label>
<input type="text" id="f-reminders" name="reminders" value="${escapeHtml(values.reminders ?? '')}" inputmode="numeric" spellcheck="false" aria-describedby="${remindersDescribedBy}"${reminders.messages.length > 0 ? ' aria-invalid="true"' : ''}>
<p class="hint" id="hint-reminders">Days before each effective date you follow, separated by commas, such as 30, 7, 1: up to 5, each from 1 to 365. Leave empty for none.</p>
${reminders.html}
</div>
<fieldset id="f-cadence"${cadence.messages.length > 0 ? ' aria-describedby="err-cadence"' : ''}>
<legend>How often</legend>
${cadence.html}
<div class="choices">
${radios}
</div>
</fieldset>`;
}
