import { reminderDays } from './reminderDays.js';
import { subscriptionFormValues } from './subscriptionFormValues.js';

/** The manage page's preferences as entered, echoed back when they come back with errors. */
export interface PreferencesFormValues {
  readonly states: readonly string[];
  readonly treaties: readonly string[];
  readonly statuses: readonly string[];
  /** Days before an effective date as typed, e.g. `30, 7, 1`. */
  readonly reminders: string;
  /** `immediate`, `daily` or `weekly` (anything else is refused by the use case). */
  readonly cadence: string;
}

/**
 * The manage page's form (`application/x-www-form-urlencoded`): the values
 * to echo, and the preferences to hand to `updateSubscription`. Reminders are
 * typed as days separated by commas or spaces; each whole number becomes a
 * number, anything else stays text so the use case names it
 * (`reminders[1]`). A reminders text longer than 64 characters is refused
 * whole, as too many items.
 *
 * @example
 * preferencesFormValues('states=UA&reminders=30%2C+7&cadence=daily').preferences
 * // { states: ['UA'], treaties: [], statuses: [], reminders: [30, 7], cadence: 'daily' }
 */
export function preferencesFormValues(body: string): {
  readonly values: PreferencesFormValues;
  readonly preferences: Record<string, unknown>;
} {
  const filters = subscriptionFormValues(body, 'application/x-www-form-urlencoded');
  const form = new URLSearchParams(body);
  const reminders = (form.get('reminders') ?? '').trim();
  const cadence = form.get('cadence') ?? 'immediate';
  const values = {
    states: filters.states,
    treaties: filters.treaties,
    statuses: filters.statuses,
    reminders,
    cadence,
  };
  const days = reminderDays(reminders);
  return {
    values,
    preferences: {
      states: filters.states,
      treaties: filters.treaties,
      statuses: filters.statuses,
      reminders: days,
      cadence,
    },
  };
}
