import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { TreatyEvent } from '@treatywatch/rules';
import { eventFromItem } from './eventItem.js';

/** The event in a DynamoDB stream image, or `null` when the image is not of an event item. */
export function eventFromImage(image: Record<string, AttributeValue>): TreatyEvent | null {
  return eventFromItem(unmarshall(image));
}
