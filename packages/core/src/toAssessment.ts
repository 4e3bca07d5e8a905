import type { Assessment } from '@treatywatch/rules';
import type { StoredAssessment } from './ports.js';

/** The assessment inside a stored one, without the storage fields. */
export function toAssessment(stored: StoredAssessment): Assessment {
  const { version: _version, evaluatedAt: _evaluatedAt, ...assessment } = stored;
  return assessment;
}
