import type { StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { legalEffectSentence } from '../../src/web/legalEffectSentence.js';

function change(overrides: Partial<StatusChange>): StatusChange {
  return {
    id: 'x',
    state: 'US',
    treaty: 'paris-agreement',
    previousStatus: 'withdrawal-pending',
    status: 'withdrawn',
    since: '2026-01-27',
    effectiveOn: '2026-01-27',
    explanation: [],
    sources: [],
    ...overrides,
  };
}

describe('legalEffectSentence', () => {
  it.each<[Partial<StatusChange>, string]>([
    [{}, 'The withdrawal took effect in law on 27 January 2026.'],
    [
      { status: 'withdrawal-pending', since: '2025-08-20', effectiveOn: '2026-02-20' },
      'Notice of withdrawal was given on 20 August 2025; the withdrawal takes effect in law on 20 February 2026.',
    ],
    [
      { status: 'withdrawal-pending', since: '2025-08-20', effectiveOn: null },
      'Notice of withdrawal was given on 20 August 2025; the withdrawal takes effect in law only when the armed conflict ends.',
    ],
    [
      { status: 'withdrawal-suspended', since: '2026-01-10', effectiveOn: null },
      'Since 10 January 2026 the withdrawal has been held back by an armed conflict; it takes effect in law only when the conflict ends.',
    ],
    [
      { status: 'suspension-declared', since: '2025-07-18', effectiveOn: null },
      'The suspension was declared on 18 July 2025; no withdrawal has taken effect.',
    ],
    [
      { status: 'withdrawal-announced', since: '2025-03-18', effectiveOn: null },
      'The withdrawal was announced on 18 March 2025; it has no effect in law until notice is given.',
    ],
    [
      { status: 'withdrawal-approved', since: '2025-06-25', effectiveOn: null },
      'The withdrawal was approved on 25 June 2025; it has no effect in law until notice is given.',
    ],
    [
      { status: 'party', previousStatus: 'withdrawn', since: '2027-03-01', effectiveOn: null },
      'The state became a party again on 1 March 2027.',
    ],
    [
      { status: 'party', since: '2025-11-01', effectiveOn: null },
      'The withdrawal was revoked on 1 November 2025; the state has remained a party throughout.',
    ],
    [
      { status: 'withdrawal-announced', since: null },
      'No date in law is recorded for this change.',
    ],
  ])('says when %j took effect in law', (overrides, sentence) => {
    expect(legalEffectSentence(change(overrides))).toBe(sentence);
  });
});
