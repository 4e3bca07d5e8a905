import type { Assessment } from '@treatywatch/rules';

/** One line of `treatywatch assess --json`: the CLI's public output contract. */
export type AssessRecord = Pick<
  Assessment,
  'state' | 'treaty' | 'status' | 'since' | 'effectiveOn' | 'nextReviewOn' | 'explanation'
>;

/**
 * Shapes an assessment for `--json` output: exactly the contract's seven
 * fields, in a fixed order, whatever else the assessment carries.
 */
export function toAssessRecord(assessment: Assessment): AssessRecord {
  return {
    state: assessment.state,
    treaty: assessment.treaty,
    status: assessment.status,
    since: assessment.since,
    effectiveOn: assessment.effectiveOn,
    nextReviewOn: assessment.nextReviewOn,
    explanation: [...assessment.explanation],
  };
}
