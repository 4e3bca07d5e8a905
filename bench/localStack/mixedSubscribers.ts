import { randomBytes } from 'node:crypto';
import type { SubscriptionFilter } from '@treatywatch/core';
import type { LocalSubscriber } from '@treatywatch/local-stack';
import { STATE_CODES } from '@treatywatch/rules';
import { filterSelects } from './filterSelects.js';
import type { StateTreaty } from './unseededPairs.js';

/** Local SMS subscribers with mixed filters, and which of them an alert about `pair` reaches. */
export interface MixedSubscribers {
  readonly subscribers: readonly LocalSubscriber[];
  /** Ids of the subscribers whose filter selects the first status of `pair`, `withdrawal-announced`. */
  readonly matching: ReadonlySet<string>;
}

const STATUS = 'withdrawal-announced' as const;

/**
 * `count` confirmed SMS subscribers (`+1555…` numbers), cycling through five
 * filters: none, `pair`'s state with another, another state only, `pair`'s
 * treaty with its first status or withdrawn, and `pair`'s treaty with
 * withdrawn only. So 3 in 5 are reached by the `withdrawal-announced` alert
 * about `pair`, decided here by the filter's own meaning (every listed field
 * must contain the alert's value; an absent one selects all), independently of SNS.
 */
export function mixedSubscribers(count: number, pair: StateTreaty): MixedSubscribers {
  const other = STATE_CODES.find((state) => state !== pair.state) ?? 'ZZ';
  const filters: SubscriptionFilter[] = [
    {},
    { states: [pair.state, other] },
    { states: [other] },
    { treaties: [pair.treaty], statuses: [STATUS, 'withdrawn'] },
    { treaties: [pair.treaty], statuses: ['withdrawn'] },
  ];
  const createdAt = new Date().toISOString();
  const subscribers: LocalSubscriber[] = [];
  const matching = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const filter = filters[index % filters.length] as SubscriptionFilter;
    const subscriber: LocalSubscriber = {
      id: `local-bench-${index}`,
      protocol: 'sms',
      endpoint: `+1555${String(index).padStart(7, '0')}`,
      filter,
      confirmed: true,
      confirmToken: randomBytes(24).toString('hex'),
      createdAt,
    };
    subscribers.push(subscriber);
    if (filterSelects(filter, pair, STATUS)) matching.add(subscriber.id);
  }
  return { subscribers, matching };
}
