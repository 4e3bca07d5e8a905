import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseEvaluationRequest } from '../src/index.js';

function issuesOf(input: unknown): string[] {
  try {
    parseEvaluationRequest(input);
  } catch (error) {
    if (error instanceof InvalidInputError)
      return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('parseEvaluationRequest', () => {
  it('reads an empty object as every state', () => {
    expect(parseEvaluationRequest({})).toEqual({});
  });

  it('upper-cases the state it names', () => {
    expect(parseEvaluationRequest({ state: ' ua' })).toEqual({ state: 'UA' });
  });

  it.each([
    [
      { state: 'Ukraine' },
      'state: must be an ISO 3166-1 alpha-2 state code such as "UA", got "Ukraine"',
    ],
    [{ state: 42 }, 'state: must be an ISO 3166-1 alpha-2 state code such as "UA", got 42'],
    [[1], '(evaluation): must be a JSON object such as {"state": "UA"} or {}'],
    ['UA', '(evaluation): must be a JSON object such as {"state": "UA"} or {}'],
    [null, '(evaluation): must be a JSON object such as {"state": "UA"} or {}'],
  ])('refuses %j with "%s"', (input, issue) => {
    expect(issuesOf(input)).toEqual([issue]);
  });

  it('names each unknown field', () => {
    expect(issuesOf({ state: 'UA', asOf: '2026-01-01', treaty: 'apmbc' })).toEqual([
      'asOf: unknown field; only "state" is accepted',
      'treaty: unknown field; only "state" is accepted',
    ]);
  });
});
