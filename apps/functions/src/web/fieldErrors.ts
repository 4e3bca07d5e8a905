import { escapeHtml } from './escapeHtml.js';
import type { SubscriptionField, SubscriptionFormError } from './SubscriptionForm.js';

/** One field's errors: their messages, and the paragraph that shows them (`id` `err-<field>`). */
export interface FieldErrors {
  readonly messages: readonly string[];
  readonly html: string;
}

/**
 * The errors of `field` among a form's errors, and their markup, empty when
 * there are none; a field with errors points its `aria-describedby` at
 * `err-<field>`.
 */
export function fieldErrors(
  errors: readonly SubscriptionFormError[],
  field: SubscriptionField,
): FieldErrors {
  const messages = errors.filter((e) => e.field === field).map((e) => e.message);
  const html =
    messages.length === 0
      ? ''
      : `<p class="error" id="err-${field}">${messages.map((m) => `Error: ${escapeHtml(m)}`).join('<br>')}</p>`;
  return { messages, html };
}
