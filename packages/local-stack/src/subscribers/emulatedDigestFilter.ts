import { filterPolicyFor, MESSAGE_ATTRIBUTES, MESSAGE_KINDS } from '@treatywatch/aws/sns';
import type { SubscriptionFilter } from '@treatywatch/core';

/*
 * SNS matches a `String.Array` message attribute element by element: a digest
 * whose `state` is `["PL","FI"]` reaches a subscriber filtering on Poland.
 * fauxqs 2.4 compares the whole JSON text instead, so it would deliver no
 * digest to a subscriber with filters. Locally, then, the digest branch of a
 * subscriber's policy keeps its kind and cadence (the emulator still picks
 * the digests of that cadence) and the deliverer applies SNS's element-wise
 * match to the rest (`digestMatches`). Every other branch is SNS's own.
 */

/** The lists a digest carries as `String.Array`, by the subscriber's field they match. */
const DIGEST_LISTS = [
  ['states', MESSAGE_ATTRIBUTES.state],
  ['treaties', MESSAGE_ATTRIBUTES.treaty],
  ['statuses', MESSAGE_ATTRIBUTES.status],
] as const;

/**
 * The `Attributes` of a local subscriber's SQS subscription: its SNS filter
 * policy (`filterPolicyFor`), with the digest branch's state, treaty and
 * status lists left to `digestMatches`.
 */
export function localFilterPolicyAttributes(
  filter: SubscriptionFilter,
  subscriptionId: string,
): { FilterPolicy: string; FilterPolicyScope: 'MessageAttributes' } {
  const branches = filterPolicyFor(filter, subscriptionId).$or.map((branch) => {
    if (!branch[MESSAGE_ATTRIBUTES.kind]?.includes(MESSAGE_KINDS.digest)) return branch;
    const kept = { ...branch };
    for (const [, attribute] of DIGEST_LISTS) delete kept[attribute];
    return kept;
  });
  return {
    FilterPolicy: JSON.stringify({ $or: branches }),
    FilterPolicyScope: 'MessageAttributes',
  };
}

/** A `String.Array` attribute's elements (a plain `String` is one element). */
function elements(value: string | undefined): string[] {
  if (value === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: a plain string value.
  }
  return [value];
}

/**
 * Whether a digest with message `attributes` (name → value as delivered)
 * matches `filter` as SNS would: for each list the subscriber set, some
 * element of the digest's attribute is in it.
 */
export function digestMatches(
  filter: SubscriptionFilter,
  attributes: Readonly<Record<string, string | undefined>>,
): boolean {
  return DIGEST_LISTS.every(([field, attribute]) => {
    const wanted = filter[field];
    if (wanted === undefined || wanted.length === 0) return true;
    const values = new Set<string>(wanted);
    return elements(attributes[attribute]).some((value) => values.has(value));
  });
}
