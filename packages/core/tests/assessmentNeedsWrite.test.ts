import type { Assessment } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { assessmentNeedsWrite, type StoredAssessment } from '../src/index.js';

const next: Assessment = {
  state: 'LT',
  treaty: 'apmbc',
  status: 'withdrawal-pending',
  since: '2025-06-27',
  effectiveOn: '2025-12-27',
  nextReviewOn: '2025-12-27',
  explanation: ['Notified.'],
  sources: ['https://example.org/a'],
};
const stored: StoredAssessment = { ...next, version: 4, evaluatedAt: '2025-07-01T00:00:00Z' };

describe('assessmentNeedsWrite', () => {
  it('writes a first assessment', () => {
    expect(assessmentNeedsWrite(null, next)).toBe(true);
  });

  it('skips an assessment that says the same', () => {
    expect(assessmentNeedsWrite(stored, { ...next, explanation: [...next.explanation] })).toBe(
      false,
    );
  });

  it.each([
    ['status', { status: 'withdrawn' }],
    ['since', { since: '2025-06-28' }],
    ['effectiveOn', { effectiveOn: null }],
    ['nextReviewOn', { nextReviewOn: null }],
    ['explanation', { explanation: ['Notified.', 'Objection by AT.'] }],
    ['sources', { sources: ['https://example.org/b'] }],
  ] as const)('writes when %s changed', (_field, change) => {
    expect(assessmentNeedsWrite(stored, { ...next, ...change })).toBe(true);
  });
});
