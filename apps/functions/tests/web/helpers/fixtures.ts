import type { LedgerEntry, StoredAssessment } from '@treatywatch/core';
import type { StatusChange, TreatyEvent } from '@treatywatch/rules';

/** The day the fixtures are seen from. */
export const AS_OF = '2025-12-01';

/** A stored assessment with sensible defaults, overridden field by field. */
export function storedAssessment(overrides: Partial<StoredAssessment> = {}): StoredAssessment {
  return {
    state: 'LT',
    treaty: 'apmbc',
    status: 'party',
    since: null,
    effectiveOn: null,
    nextReviewOn: null,
    explanation: ['Lithuania is a party to the Ottawa Convention.'],
    sources: [],
    version: 1,
    evaluatedAt: '2025-11-30T08:00:00.000Z',
    ...overrides,
  };
}

/** A validated event with sensible defaults, overridden field by field. */
export function treatyEvent(overrides: Partial<TreatyEvent> = {}): TreatyEvent {
  return {
    id: 'ev-lt-apmbc-notified',
    state: 'LT',
    type: 'withdrawal-notified',
    treaty: 'apmbc',
    date: '2025-06-27',
    source: 'https://treaties.un.org/doc/Publication/CN/2025/CN.254.2025-Eng.pdf',
    ...overrides,
  };
}

/** A published alert for a status change. */
export function ledgerEntry(
  overrides: Partial<StatusChange> = {},
  publishedAt = '2025-06-28T10:00:00.000Z',
): LedgerEntry {
  const change: StatusChange = {
    id: 'LT#apmbc#withdrawal-approved>withdrawal-pending@2025-06-27',
    state: 'LT',
    treaty: 'apmbc',
    previousStatus: 'withdrawal-approved',
    status: 'withdrawal-pending',
    since: '2025-06-27',
    effectiveOn: '2025-12-27',
    explanation: ['The depositary received the instrument of withdrawal on 2025-06-27.'],
    sources: ['https://treaties.un.org/doc/Publication/CN/2025/CN.254.2025-Eng.pdf'],
    ...overrides,
  };
  return { changeId: change.id, messageIds: [`msg-${change.id}`], publishedAt, change };
}

/** One assessment of each interesting status, as the home page and calendar see them. */
export const ASSESSMENTS: readonly StoredAssessment[] = [
  storedAssessment({
    state: 'LT',
    treaty: 'apmbc',
    status: 'withdrawal-pending',
    since: '2025-06-27',
    effectiveOn: '2025-12-27',
    nextReviewOn: '2025-12-27',
    explanation: ['Under Article 20(2) the withdrawal takes effect six months after receipt.'],
    sources: ['https://treaties.un.org/doc/Publication/CN/2025/CN.254.2025-Eng.pdf'],
  }),
  storedAssessment({
    state: 'UA',
    treaty: 'apmbc',
    status: 'suspension-declared',
    since: '2025-07-18',
    explanation: ['Ukraine declared the suspension of the Convention invoking VCLT Article 62.'],
  }),
  storedAssessment({
    state: 'FI',
    treaty: 'apmbc',
    status: 'withdrawal-suspended',
    since: '2025-07-10',
    explanation: ['The notice period expired during an armed conflict.'],
  }),
  storedAssessment({
    state: 'BI',
    treaty: 'rome-statute',
    status: 'withdrawn',
    since: '2017-10-27',
    effectiveOn: '2017-10-27',
  }),
  storedAssessment({
    state: 'US',
    treaty: 'paris-agreement',
    status: 'party',
    since: '2021-02-19',
  }),
];
