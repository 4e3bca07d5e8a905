import { stateName } from '@treatywatch/rules';
import type { FormChoice } from './SubscriptionForm.js';

/**
 * The states that have at least one assessment, each once, as `{ value: code,
 * label: English name }`, sorted by name.
 *
 * @example
 * trackedStates([{ state: 'UA', … }, { state: 'LT', … }, { state: 'UA', … }])
 * // [{ value: 'LT', label: 'Lithuania' }, { value: 'UA', label: 'Ukraine' }]
 */
export function trackedStates(assessments: readonly { readonly state: string }[]): FormChoice[] {
  return [...new Set(assessments.map((a) => a.state))]
    .map((code) => ({ value: code, label: stateName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
