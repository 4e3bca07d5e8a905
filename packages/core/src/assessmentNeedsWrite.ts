import type { Assessment } from '@treatywatch/rules';
import type { StoredAssessment } from './ports.js';

/**
 * Whether `next` says anything `stored` does not: a new status, or the same
 * status with a different explanation, dates or sources. A first assessment is
 * always written.
 */
export function assessmentNeedsWrite(stored: StoredAssessment | null, next: Assessment): boolean {
  if (stored === null) return true;
  return (
    stored.status !== next.status ||
    stored.since !== next.since ||
    stored.effectiveOn !== next.effectiveOn ||
    stored.nextReviewOn !== next.nextReviewOn ||
    !sameList(stored.explanation, next.explanation) ||
    !sameList(stored.sources ?? [], next.sources ?? [])
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
