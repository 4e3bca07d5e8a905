import { describe, expect, it } from 'vitest';
import { type Assessment, diff, MismatchedAssessmentsError } from '../src/index.js';

const base: Assessment = {
  state: 'FI',
  treaty: 'apmbc',
  status: 'withdrawal-pending',
  since: '2025-07-10',
  effectiveOn: '2026-01-10',
  nextReviewOn: '2026-01-10',
  explanation: ['pending'],
  sources: ['https://example.org/fi'],
};
const withdrawn: Assessment = {
  ...base,
  status: 'withdrawn',
  since: '2026-01-10',
  nextReviewOn: null,
  explanation: ['withdrawn'],
};

describe('diff', () => {
  it('gives the change with a deterministic id', () => {
    expect(diff(base, withdrawn)).toEqual({
      id: 'FI#apmbc#withdrawal-pending>withdrawn@2026-01-10',
      state: 'FI',
      treaty: 'apmbc',
      previousStatus: 'withdrawal-pending',
      status: 'withdrawn',
      since: '2026-01-10',
      effectiveOn: '2026-01-10',
      explanation: ['withdrawn'],
      sources: ['https://example.org/fi'],
    });
  });

  it('is null when the status is unchanged', () => {
    expect(diff(base, { ...base, explanation: ['other words'] })).toBeNull();
  });

  it('is null for a first assessment of a plain party', () => {
    expect(
      diff(null, { ...base, status: 'party', since: null, effectiveOn: null, nextReviewOn: null }),
    ).toBeNull();
  });

  it('reports a first assessment of any other status as a change from none', () => {
    expect(diff(null, base)).toMatchObject({
      id: 'FI#apmbc#none>withdrawal-pending@2025-07-10',
      previousStatus: null,
    });
  });

  it("writes 'none' for a change without a date", () => {
    expect(diff(withdrawn, { ...base, status: 'party', since: null })?.id).toBe(
      'FI#apmbc#withdrawn>party@none',
    );
  });

  it('throws for assessments of different pairs', () => {
    expect(() => diff(base, { ...withdrawn, state: 'EE' })).toThrow(MismatchedAssessmentsError);
  });
});
