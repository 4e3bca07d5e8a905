import { type Assessment, type IsoDate, reminderWindowStart } from '@treatywatch/rules';

/**
 * The day an assessment is next due for the sweep, the due index's key: the
 * earlier of its next status review (`nextReviewOn`) and, for a withdrawal
 * pending with a known date, the first day of its reminder window (365 days
 * before it takes effect; from then on it is due every day until it does).
 * `null`: never due, outside the sparse index.
 *
 * @example
 * dueOn({ status: 'withdrawal-pending', effectiveOn: '2026-02-20', nextReviewOn: '2026-02-20' }); // '2025-02-20'
 */
export function dueOn(
  assessment: Pick<Assessment, 'status' | 'effectiveOn' | 'nextReviewOn'>,
): IsoDate | null {
  const days = [assessment.nextReviewOn, reminderWindowStart(assessment)].filter(
    (day): day is IsoDate => day !== null,
  );
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a));
}
