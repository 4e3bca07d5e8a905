import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { StoredAssessment } from '@treatywatch/core';
import { ASSESSMENT_REVIEW_ATTRIBUTE, ITEM_KINDS } from '../table/tableDefinition.js';

type Item = Record<string, NativeAttributeValue>;

/** The stored assessment in an item, or `null` when the item is not an assessment. */
export function assessmentFromItem(item: Item): StoredAssessment | null {
  if (item.kind !== ITEM_KINDS.assessment) return null;
  return {
    state: String(item.state),
    treaty: item.treaty,
    status: item.status,
    since: item.since ?? null,
    effectiveOn: item.effectiveOn ?? null,
    // The assessment's own review date; items written before reminders kept it in the index key.
    nextReviewOn:
      ASSESSMENT_REVIEW_ATTRIBUTE in item
        ? (item[ASSESSMENT_REVIEW_ATTRIBUTE] ?? null)
        : (item.nextReviewOn ?? null),
    explanation: item.explanation ?? [],
    sources: item.sources ?? [],
    version: Number(item.version),
    evaluatedAt: String(item.evaluatedAt),
  };
}
