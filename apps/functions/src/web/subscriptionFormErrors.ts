import type { InputIssue } from '@treatywatch/core';
import {
  SUBSCRIPTION_FIELDS,
  type SubscriptionField,
  type SubscriptionFormError,
} from './SubscriptionForm.js';

const LABELS: Record<SubscriptionField, string> = {
  protocol: 'How to send alerts',
  endpoint: 'Email address or mobile number',
  states: 'Each state',
  treaties: 'Each treaty',
  statuses: 'Each status',
  reminders: 'Each reminder',
  cadence: 'How often',
};

/**
 * The use case's input issues as form errors: `states[2]` belongs to the
 * `states` checkboxes, and each message starts with the field's label so it
 * reads on its own ("Email address or mobile number is required").
 */
export function subscriptionFormErrors(issues: readonly InputIssue[]): SubscriptionFormError[] {
  return issues.map((issue) => {
    const name = issue.field.split(/[.[]/, 1)[0] ?? '';
    const field = (SUBSCRIPTION_FIELDS as readonly string[]).includes(name)
      ? (name as SubscriptionField)
      : null;
    return {
      field,
      message: field === null ? issue.message : `${LABELS[field]} ${issue.message}`,
    };
  });
}
