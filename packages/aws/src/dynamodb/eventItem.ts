import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { TreatyEvent } from '@treatywatch/rules';
import { ITEM_KINDS } from '../table/tableDefinition.js';
import { itemKeys } from './itemKeys.js';

type Item = Record<string, NativeAttributeValue>;

const OPTIONAL_FIELDS = ['effectiveDate', 'retracts', 'objector', 'note', 'confidence'] as const;

/** The stored form of an event: its key, `kind`, and the event's own fields. */
export function toEventItem(event: TreatyEvent): Item {
  const item: Item = {
    ...itemKeys.event(event.state, event.date, event.id),
    kind: ITEM_KINDS.event,
    id: event.id,
    state: event.state,
    type: event.type,
    treaty: event.treaty,
    date: event.date,
    source: event.source,
  };
  for (const field of OPTIONAL_FIELDS) {
    const value = event[field];
    if (value !== undefined) item[field] = value;
  }
  return item;
}

/** The event in a stored item, or `null` when the item is not an event. */
export function eventFromItem(item: Item): TreatyEvent | null {
  if (item.kind !== ITEM_KINDS.event) return null;
  const event: Record<string, unknown> = {
    id: item.id,
    state: item.state,
    type: item.type,
    treaty: item.treaty ?? null,
    date: item.date,
    source: item.source,
  };
  for (const field of OPTIONAL_FIELDS) {
    if (item[field] !== undefined && item[field] !== null) event[field] = item[field];
  }
  return event as unknown as TreatyEvent;
}
