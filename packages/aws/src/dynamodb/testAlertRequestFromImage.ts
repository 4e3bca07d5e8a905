import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { PROTOCOLS, type Protocol, type TestAlertRequest } from '@treatywatch/core';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';

/**
 * The test-alert request in a DynamoDB stream image (`StreamedTestAlertChannel`
 * writes them), or `null` when the image is not of a well-formed one.
 */
export function testAlertRequestFromImage(
  image: Record<string, AttributeValue>,
): TestAlertRequest | null {
  const item = unmarshall(image);
  const { subscriptionId, channelRef, shard, protocol, requestedAt } = item;
  if (
    item[TABLE_DEFINITION.kindAttribute] !== ITEM_KINDS.testAlert ||
    typeof subscriptionId !== 'string' ||
    typeof channelRef !== 'string' ||
    typeof shard !== 'number' ||
    !Number.isInteger(shard) ||
    shard < 0 ||
    !PROTOCOLS.includes(protocol as Protocol) ||
    typeof requestedAt !== 'string'
  ) {
    return null;
  }
  return { subscriptionId, channelRef, shard, protocol: protocol as Protocol, requestedAt };
}
