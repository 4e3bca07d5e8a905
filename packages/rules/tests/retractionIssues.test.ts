import { describe, expect, it } from 'vitest';
import { retractionIssues } from '../src/index.js';
import { fact } from './helpers/facts.js';

const retraction = (retracts: string, state = 'UA') =>
  fact('event-retracted', '2025-08-01', { id: 'r1', state, retracts });

describe('retractionIssues', () => {
  it.each([
    ['recorded for the same state', 'UA', []],
    ['recorded for another state', 'PL', ['names "stored", an event of PL, not of UA']],
  ] as const)('checks a retracted event %s through stateOf', (_label, storedState, messages) => {
    const issues = retractionIssues([retraction('stored')], {
      stateOf: (id) => (id === 'stored' ? storedState : undefined),
    });
    expect(issues.map((issue) => issue.message.split(':')[0])).toEqual(messages);
  });

  it('prefers the events it is given to stateOf', () => {
    const events = [
      fact('withdrawal-announced', '2025-07-01', { id: 'own', state: 'UA' }),
      retraction('own'),
    ];
    expect(retractionIssues(events, { stateOf: () => 'PL' })).toEqual([]);
  });

  it('accepts an id known nowhere unless the events are a whole history', () => {
    expect(retractionIssues([retraction('unknown')])).toEqual([]);
    expect(retractionIssues([retraction('unknown')], { complete: true })).toHaveLength(1);
  });
});
