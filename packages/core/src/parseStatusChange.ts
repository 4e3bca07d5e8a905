import { STATUSES, type StatusChange } from '@treatywatch/rules';
import { type InputIssue, InvalidInputError } from './errors.js';

const isStatus = (value: unknown): boolean =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);

/**
 * Checks that `input` has the shape of a `StatusChange` (as the rules package
 * produces it); throws `InvalidInputError` naming each bad field otherwise.
 */
export function parseStatusChange(input: unknown): StatusChange {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ field: '(change)', message: 'must be a status change object' }]);
  }
  const change = input as Record<string, unknown>;
  const issues: InputIssue[] = [];
  for (const field of ['id', 'state', 'treaty'] as const) {
    if (typeof change[field] !== 'string' || change[field] === '') {
      issues.push({ field, message: 'must be a non-empty string' });
    }
  }
  if (!isStatus(change.status)) {
    issues.push({ field: 'status', message: `must be one of ${STATUSES.join(', ')}` });
  }
  if (change.previousStatus !== null && !isStatus(change.previousStatus)) {
    issues.push({
      field: 'previousStatus',
      message: `must be null or one of ${STATUSES.join(', ')}`,
    });
  }
  for (const field of ['explanation', 'sources'] as const) {
    if (!Array.isArray(change[field]))
      issues.push({ field, message: 'must be an array of strings' });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return input as StatusChange;
}
