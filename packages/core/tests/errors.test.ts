import { describe, expect, it } from 'vitest';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TreatyWatchError,
  VersionConflictError,
} from '../src/index.js';

describe('InvalidInputError', () => {
  it('names every issue in its message and keeps them as data', () => {
    const error = new InvalidInputError([
      { field: 'date', message: 'must be a real date', index: 1 },
      { field: 'endpoint', message: 'is required' },
    ]);
    expect(error.message).toBe(
      'Invalid input (2 issues): [1] date: must be a real date; endpoint: is required',
    );
    expect(error.issues).toHaveLength(2);
    expect(error.context.issues).toBe(error.issues);
    expect(error.name).toBe('InvalidInputError');
    expect(error).toBeInstanceOf(TreatyWatchError);
  });
});

describe('VersionConflictError', () => {
  it('keeps its cause and says which item and version', () => {
    const cause = new Error('ConditionalCheckFailedException');
    const error = new VersionConflictError('STATE#LT/ASSESSMENT#apmbc', 3, { cause });
    expect(error.cause).toBe(cause);
    expect(error.context).toEqual({ key: 'STATE#LT/ASSESSMENT#apmbc', expectedVersion: 3 });
    expect(error.message).toContain('version 3');
  });
});

describe('NotFoundError and ForbiddenError', () => {
  it('carry what and which id', () => {
    expect(new NotFoundError('subscription', 's1')).toMatchObject({
      name: 'NotFoundError',
      context: { what: 'subscription', id: 's1' },
    });
    expect(new ForbiddenError('subscription', 's1', 'wrong token')).toMatchObject({
      name: 'ForbiddenError',
      message: 'Not allowed on subscription "s1": wrong token',
    });
  });
});
