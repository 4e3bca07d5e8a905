import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InvalidInputError } from '../src/index.js';
import { parseInput } from '../src/parseInput.js';

function issuesOf(schema: z.ZodMiniType, input: unknown): unknown[] {
  try {
    parseInput(schema, input, '(whole)');
  } catch (error) {
    if (error instanceof InvalidInputError) return [...error.issues];
    throw error;
  }
  return [];
}

describe('parseInput', () => {
  it('answers the parsed value', () => {
    expect(parseInput(z.string().check(z.trim()), ' a ', 'name')).toBe('a');
  });

  it('writes nested paths as the fields they name', () => {
    const schema = z.object({
      filter: z.object({ states: z.array(z.string('must be a string')) }),
    });
    expect(issuesOf(schema, { filter: { states: ['UA', 4] } })).toEqual([
      { field: 'filter.states[1]', message: 'must be a string' },
    ]);
  });

  it('names an issue with the input as a whole after the name it is given', () => {
    expect(issuesOf(z.string('must be a string'), 4)).toEqual([
      { field: '(whole)', message: 'must be a string' },
    ]);
  });

  it('keeps the first issue of each field only', () => {
    const schema = z.object({
      name: z.string().check(z.minLength(3, 'too short'), z.regex(/^[a-z]+$/, 'lower case only')),
    });
    expect(issuesOf(schema, { name: 'A' })).toEqual([{ field: 'name', message: 'too short' }]);
  });

  it('gives each unknown field an issue of its own', () => {
    const schema = z.strictObject({ a: z.string() }, 'unknown field');
    expect(issuesOf(schema, { a: 'x', b: 1, c: 2 })).toEqual([
      { field: 'b', message: 'unknown field' },
      { field: 'c', message: 'unknown field' },
    ]);
  });
});
