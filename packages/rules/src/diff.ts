import { MismatchedAssessmentsError } from './errors.js';
import type { Assessment, StatusChange } from './types.js';

/**
 * The status change from `previous` to `next`, or `null` when the status is
 * the same. With no previous assessment, a state that is simply a party is no
 * news (`null`); any other status is a change from `previousStatus: null`.
 * The change's id is deterministic:
 * `${state}#${treaty}#${previousStatus ?? 'none'}>${status}@${since ?? 'none'}`.
 * Throws {@link MismatchedAssessmentsError} when the two assessments are of
 * different states or treaties.
 *
 * @example
 * diff(pending, withdrawn)?.id; // 'FI#apmbc#withdrawal-pending>withdrawn@2026-01-10'
 */
export function diff(previous: Assessment | null, next: Assessment): StatusChange | null {
  if (previous !== null && (previous.state !== next.state || previous.treaty !== next.treaty)) {
    throw new MismatchedAssessmentsError(
      `${previous.state}#${previous.treaty}`,
      `${next.state}#${next.treaty}`,
    );
  }
  if (previous === null ? next.status === 'party' : previous.status === next.status) return null;
  const previousStatus = previous === null ? null : previous.status;
  return {
    id: `${next.state}#${next.treaty}#${previousStatus ?? 'none'}>${next.status}@${next.since ?? 'none'}`,
    state: next.state,
    treaty: next.treaty,
    previousStatus,
    status: next.status,
    since: next.since,
    effectiveOn: next.effectiveOn,
    explanation: next.explanation,
    sources: next.sources,
  };
}
