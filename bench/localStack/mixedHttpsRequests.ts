import type { SubscriptionFilter, SubscriptionRequest } from '@treatywatch/core';
import { STATE_CODES, TREATIES } from '@treatywatch/rules';
import { filterSelects } from './filterSelects.js';
import type { StateTreaty } from './unseededPairs.js';

/** `POST /subscriptions` bodies for https subscribers, and which of them an alert about a pair reaches. */
export interface MixedHttpsRequests {
  readonly requests: readonly SubscriptionRequest[];
  /** Paths (on the sink) of the subscribers whose filter selects `withdrawal-announced` for the pair. */
  readonly matching: ReadonlySet<string>;
}

const STATUS = 'withdrawal-announced' as const;

/** The path of subscriber `index` on the sink. */
const subscriberPath = (index: number): string => `/alerts/${index}`;

/**
 * `count` https subscription requests to `origin` + `subscriberPath(i)`,
 * cycling through ten filters: four select every change, and one each
 * filters by `pair`'s state and another, another state only, `pair`'s treaty,
 * another treaty, the status `withdrawal-announced`, and `pair`'s treaty with
 * `withdrawn` only. So 7 in 10 are reached by the `withdrawal-announced`
 * alert about `pair` (decided by `filterSelects`, independently of SNS).
 */
export function mixedHttpsRequests(
  count: number,
  pair: StateTreaty,
  origin: string,
): MixedHttpsRequests {
  const otherState = STATE_CODES.find((state) => state !== pair.state) ?? 'ZZ';
  const otherTreaty = TREATIES.find((treaty) => treaty.id !== pair.treaty)?.id ?? pair.treaty;
  const filters: SubscriptionFilter[] = [
    {},
    {},
    {},
    {},
    { states: [pair.state, otherState] },
    { states: [otherState] },
    { treaties: [pair.treaty] },
    { treaties: [otherTreaty] },
    { statuses: [STATUS] },
    { treaties: [pair.treaty], statuses: ['withdrawn'] },
  ];
  const requests: SubscriptionRequest[] = [];
  const matching = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const filter = filters[index % filters.length] as SubscriptionFilter;
    requests.push({ protocol: 'https', endpoint: `${origin}${subscriberPath(index)}`, ...filter });
    if (filterSelects(filter, pair, STATUS)) matching.add(subscriberPath(index));
  }
  return { requests, matching };
}
