import { SUBSCRIPTION_REQUEST_FIELDS } from '@treatywatch/core';

/** The fields of the subscription form and the manage page, as named in their HTML: the request's own. */
export const SUBSCRIPTION_FIELDS = SUBSCRIPTION_REQUEST_FIELDS;

/** A field of the subscription form or the manage page. */
export type SubscriptionField = (typeof SUBSCRIPTION_FIELDS)[number];

/** What the visitor entered, echoed back when the form comes back with errors. */
export interface SubscriptionFormValues {
  readonly protocol: string;
  readonly endpoint: string;
  readonly states: readonly string[];
  readonly treaties: readonly string[];
  readonly statuses: readonly string[];
  /** Days before an effective date as typed, e.g. `30, 7, 1`; absent: none. */
  readonly reminders?: string;
  /** `immediate`, `daily` or `weekly`; absent: immediate. */
  readonly cadence?: string;
}

/** One problem shown next to its field; `field` null for a problem with the whole request. */
export interface SubscriptionFormError {
  readonly field: SubscriptionField | null;
  readonly message: string;
}

/** A choice offered by a checkbox: its submitted value and its label. */
export interface FormChoice {
  readonly value: string;
  readonly label: string;
}
