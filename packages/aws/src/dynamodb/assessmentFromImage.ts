import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StoredAssessment } from '@treatywatch/core';
import { assessmentFromItem } from './assessmentItem.js';

/**
 * The stored assessment in a DynamoDB stream image (`NewImage`/`OldImage`), or
 * `null` when the image is not of an assessment item.
 */
export function assessmentFromImage(
  image: Record<string, AttributeValue>,
): StoredAssessment | null {
  return assessmentFromItem(unmarshall(image));
}
