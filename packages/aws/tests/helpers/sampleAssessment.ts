import type { Assessment } from '@treatywatch/rules';

/** An assessment with plausible defaults; pass what the test is about. */
export function sampleAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    state: 'LT',
    treaty: 'apmbc',
    status: 'withdrawal-pending',
    since: '2025-06-27',
    effectiveOn: '2025-12-27',
    nextReviewOn: '2025-12-27',
    explanation: ['Notified on 2025-06-27; Article 20(2): six months.'],
    sources: ['https://treaties.un.org/doc/Publication/CN/2025/CN.246.2025-Eng.pdf'],
    ...overrides,
  };
}
