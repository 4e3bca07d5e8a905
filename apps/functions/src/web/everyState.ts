import { STATE_CODES, stateName } from '@treatywatch/rules';
import type { FormChoice } from './SubscriptionForm.js';

let choices: readonly FormChoice[] | undefined;

/**
 * Every state there is: each ISO 3166-1 alpha-2 code the API accepts
 * (`STATE_CODES`), with its English name from `Intl.DisplayNames` (CLDR),
 * sorted by name. Built once.
 *
 * @example
 * everyState().find((c) => c.value === 'NZ'); // { value: 'NZ', label: 'New Zealand' }
 */
export function everyState(): readonly FormChoice[] {
  choices ??= STATE_CODES.map((code) => ({ value: code, label: stateName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label, 'en'),
  );
  return choices;
}
