import { InvalidInputError, type SubscriptionFilter } from '@treatywatch/core';
import { MESSAGE_ATTRIBUTES, MESSAGE_KINDS, SNS_FILTER_POLICY_LIMITS } from './constants.js';

/** One branch of an SNS filter policy on message attributes: attribute name → accepted values. */
export type FilterPolicyBranch = Record<string, string[]>;

/** An SNS filter policy: the branches any of which a message must match (`$or`). */
export interface FilterPolicy {
  readonly $or: FilterPolicyBranch[];
}

/** The subscriber's own lists, as attribute → values; a field left out selects all. */
function selection(
  filter: SubscriptionFilter,
  fields: readonly ('states' | 'treaties' | 'statuses')[],
): { branch: FilterPolicyBranch; sizes: { field: string; size: number }[] } {
  const attribute = {
    states: MESSAGE_ATTRIBUTES.state,
    treaties: MESSAGE_ATTRIBUTES.treaty,
    statuses: MESSAGE_ATTRIBUTES.status,
  } as const;
  const branch: FilterPolicyBranch = {};
  const sizes: { field: string; size: number }[] = [];
  for (const field of fields) {
    const values = [...new Set(filter[field] ?? [])];
    if (values.length === 0) continue;
    branch[attribute[field]] = values;
    sizes.push({ field, size: values.length });
  }
  return { branch, sizes };
}

/**
 * The SNS filter policy (scope `MessageAttributes`) of subscription
 * `subscriptionId` with preferences `filter`: one `$or` branch per kind of
 * message it takes.
 *
 * - changes as they happen (cadence `immediate`, the default), or the digests
 *   of its cadence, in either case of its states, treaties and statuses;
 * - countdown reminders at its lead times, of its states and treaties;
 * - test alerts addressed to it alone.
 *
 * Every subscription therefore has a policy. Throws `InvalidInputError`,
 * naming the field to narrow, when the policy would exceed SNS's limits
 * (5 attributes per branch, 150 combinations over all branches).
 *
 * @example
 * filterPolicyFor({ states: ['UA', 'PL'], reminders: [7] }, 'sub-1');
 * // { $or: [ { kind: ['change'], state: ['UA', 'PL'] },
 * //          { kind: ['reminder'], leadDays: ['7'], state: ['UA', 'PL'] },
 * //          { kind: ['test'], subscription: ['sub-1'] } ] }
 */
export function filterPolicyFor(filter: SubscriptionFilter, subscriptionId: string): FilterPolicy {
  const { maxKeys, maxCombinations } = SNS_FILTER_POLICY_LIMITS;
  const lists = selection(filter, ['states', 'treaties', 'statuses']);
  const branches: { branch: FilterPolicyBranch; sizes: { field: string; size: number }[] }[] = [];
  branches.push(
    filter.cadence === undefined
      ? {
          branch: { [MESSAGE_ATTRIBUTES.kind]: [MESSAGE_KINDS.change], ...lists.branch },
          sizes: lists.sizes,
        }
      : {
          branch: {
            [MESSAGE_ATTRIBUTES.kind]: [MESSAGE_KINDS.digest],
            [MESSAGE_ATTRIBUTES.cadence]: [filter.cadence],
            ...lists.branch,
          },
          sizes: lists.sizes,
        },
  );
  if (filter.reminders !== undefined && filter.reminders.length > 0) {
    const scope = selection(filter, ['states', 'treaties']);
    branches.push({
      branch: {
        [MESSAGE_ATTRIBUTES.kind]: [MESSAGE_KINDS.reminder],
        [MESSAGE_ATTRIBUTES.leadDays]: filter.reminders.map(String),
        ...scope.branch,
      },
      sizes: [{ field: 'reminders', size: filter.reminders.length }, ...scope.sizes],
    });
  }
  branches.push({
    branch: {
      [MESSAGE_ATTRIBUTES.kind]: [MESSAGE_KINDS.test],
      [MESSAGE_ATTRIBUTES.subscription]: [subscriptionId],
    },
    sizes: [],
  });

  for (const { branch } of branches) {
    if (Object.keys(branch).length > maxKeys) {
      throw new InvalidInputError([
        { field: '(filter)', message: `an SNS filter policy allows at most ${maxKeys} keys` },
      ]);
    }
  }
  const products = branches.map(({ sizes }) => sizes.reduce((p, { size }) => p * size, 1));
  const combinations = products.reduce((a, b) => a + b, 0);
  if (combinations > maxCombinations) {
    const all = branches.flatMap(({ sizes }) => sizes);
    const largest = all.reduce((a, b) => (b.size > a.size ? b : a));
    const terms = branches
      .filter(({ sizes }) => sizes.length > 0)
      .map(({ sizes }) => sizes.map(({ field, size }) => `${size} ${field}`).join(' × '))
      .join(' + ');
    throw new InvalidInputError([
      {
        field: largest.field,
        message: `the filter makes ${combinations} combinations (${terms}); SNS allows at most ${maxCombinations}: choose fewer ${largest.field}`,
      },
    ]);
  }
  return { $or: branches.map(({ branch }) => branch) };
}
