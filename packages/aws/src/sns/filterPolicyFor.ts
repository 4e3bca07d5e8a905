import { InvalidInputError, type SubscriptionFilter } from '@treatywatch/core';
import { MESSAGE_ATTRIBUTES, SNS_FILTER_POLICY_LIMITS } from './constants.js';

/** An SNS filter policy on message attributes: attribute name → accepted values. */
export type FilterPolicy = Record<string, string[]>;

const FIELDS = [
  ['states', MESSAGE_ATTRIBUTES.state],
  ['treaties', MESSAGE_ATTRIBUTES.treaty],
  ['statuses', MESSAGE_ATTRIBUTES.status],
] as const;

/**
 * The SNS filter policy (scope `MessageAttributes`) for a subscriber's filter;
 * `null` when the filter selects everything. Throws `InvalidInputError`, naming
 * the field to narrow, when the policy would exceed SNS's limits (5 keys, 150
 * combinations).
 *
 * @example
 * filterPolicyFor({ states: ['UA', 'PL'], statuses: ['withdrawn'] });
 * // { state: ['UA', 'PL'], status: ['withdrawn'] }
 */
export function filterPolicyFor(filter: SubscriptionFilter): FilterPolicy | null {
  const policy: FilterPolicy = {};
  const sizes: { field: string; size: number }[] = [];
  for (const [field, attribute] of FIELDS) {
    const values = [...new Set(filter[field] ?? [])];
    if (values.length === 0) continue;
    policy[attribute] = values;
    sizes.push({ field, size: values.length });
  }
  if (sizes.length === 0) return null;

  const { maxKeys, maxCombinations } = SNS_FILTER_POLICY_LIMITS;
  if (sizes.length > maxKeys) {
    throw new InvalidInputError([
      { field: '(filter)', message: `an SNS filter policy allows at most ${maxKeys} keys` },
    ]);
  }
  const combinations = sizes.reduce((product, { size }) => product * size, 1);
  if (combinations > maxCombinations) {
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    const product = sizes.map(({ field, size }) => `${size} ${field}`).join(' × ');
    throw new InvalidInputError([
      {
        field: largest.field,
        message: `the filter makes ${combinations} combinations (${product}); SNS allows at most ${maxCombinations}: choose fewer ${largest.field}`,
      },
    ]);
  }
  return policy;
}
