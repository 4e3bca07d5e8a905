import type { StatusChange } from '@treatywatch/rules';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseStatusChange } from '../src/index.js';

const change: StatusChange = {
  id: 'LT#apmbc#withdrawal-pending>withdrawn@2025-12-27',
  state: 'LT',
  treaty: 'apmbc',
  previousStatus: 'withdrawal-pending',
  status: 'withdrawn',
  since: '2025-12-27',
  effectiveOn: '2025-12-27',
  explanation: ['Lithuania notified its withdrawal on 2025-06-27.'],
  sources: ['https://example.org/lt'],
};

function issuesOf(input: unknown): string[] {
  try {
    parseStatusChange(input);
  } catch (error) {
    if (error instanceof InvalidInputError)
      return error.issues.map((i) => `${i.field}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('parseStatusChange', () => {
  it('accepts a change as the rules produce it', () => {
    expect(parseStatusChange(change)).toEqual(change);
  });

  it('accepts a first assessment, which has no previous status', () => {
    const first = { ...change, previousStatus: null, since: null, effectiveOn: null };
    expect(parseStatusChange(first)).toEqual(first);
  });

  it('drops fields a change does not have', () => {
    expect(parseStatusChange({ ...change, extra: true })).toEqual(change);
  });

  it.each([
    [{ ...change, id: '' }, 'id: must be a non-empty string'],
    [{ ...change, treaty: 'nato' }, 'treaty: must be a treaty id of the catalog, got "nato"'],
    [{ ...change, status: 'gone' }, 'status: must be one of party'],
    [{ ...change, previousStatus: undefined }, 'previousStatus: must be null or one of party'],
    [{ ...change, since: '2025-02-30' }, 'since: must be null or a real date written YYYY-MM-DD'],
    [{ ...change, sources: 'https://example.org' }, 'sources: must be an array of strings'],
    [{ ...change, explanation: [1] }, 'explanation[0]: must be a string'],
    ['a change', '(change): must be a status change object'],
  ])('refuses %j with "%s"', (input, message) => {
    expect(issuesOf(input).join('\n')).toContain(message);
  });

  it('names every bad field of an empty object', () => {
    expect(issuesOf({}).map((issue) => issue.split(':')[0])).toEqual([
      'id',
      'state',
      'treaty',
      'previousStatus',
      'status',
      'since',
      'effectiveOn',
      'explanation',
      'sources',
    ]);
  });
});
