import { STREAM_FILTERS } from '@treatywatch/aws/table';
import { describe, expect, it } from 'vitest';
import {
  type FilterPattern,
  matchesAnyFilterPattern,
  matchesFilterPattern,
} from '../src/streams/matchesFilterPattern.js';

const record = (eventName: string, kind: string | undefined) => ({
  eventName,
  eventSource: 'aws:dynamodb',
  dynamodb: {
    SequenceNumber: '100',
    NewImage: {
      pk: { S: 'STATE#UA' },
      ...(kind === undefined ? {} : { kind: { S: kind } }),
    },
  },
});

const events = STREAM_FILTERS.events as unknown as FilterPattern;
const assessmentChanges = STREAM_FILTERS.assessmentChanges as unknown as FilterPattern;

describe('matchesFilterPattern', () => {
  it.each([
    ['INSERT', 'event', true],
    ['MODIFY', 'event', false],
    ['REMOVE', 'event', false],
    ['INSERT', 'assessment', false],
    ['INSERT', 'event-id', false],
    ['INSERT', undefined, false],
  ])('routes a %s of a %s item to on-event: %s', (eventName, kind, expected) => {
    expect(matchesFilterPattern(events, record(eventName, kind))).toBe(expected);
  });

  it.each([
    ['INSERT', 'assessment', true],
    ['MODIFY', 'assessment', true],
    ['REMOVE', 'assessment', false],
    ['MODIFY', 'event', false],
    ['MODIFY', 'notification', false],
  ])('routes a %s of a %s item to on-assessment-change: %s', (eventName, kind, expected) => {
    expect(matchesFilterPattern(assessmentChanges, record(eventName, kind))).toBe(expected);
  });

  it('fails a record that lacks a nested field the pattern names', () => {
    expect(matchesFilterPattern(events, { eventName: 'INSERT', dynamodb: {} })).toBe(false);
    expect(matchesFilterPattern(events, { eventName: 'INSERT' })).toBe(false);
  });

  it.each<[string, FilterPattern, unknown, boolean]>([
    ['exact number', { n: [5] }, { n: 5 }, true],
    ['exact number against a string', { n: [5] }, { n: '5' }, false],
    ['null', { v: [null] }, { v: null }, true],
    ['any element of an array field', { tags: ['b'] }, { tags: ['a', 'b'] }, true],
    ['one of several values', { s: ['a', 'b'] }, { s: 'b' }, true],
    ['none of several values', { s: ['a', 'b'] }, { s: 'c' }, false],
    ['a value of an absent field', { s: ['a'] }, {}, false],
  ])('matches %s: %s', (_name, pattern, data, expected) => {
    expect(matchesFilterPattern(pattern, data)).toBe(expected);
  });

  it('requires every field of the pattern to match', () => {
    const pattern: FilterPattern = { a: ['1'], b: ['2'] };
    expect(matchesFilterPattern(pattern, { a: '1', b: '2' })).toBe(true);
    expect(matchesFilterPattern(pattern, { a: '1', b: '3' })).toBe(false);
  });
});

describe('matchesAnyFilterPattern', () => {
  it('passes a record that matches one of several patterns (filters are OR-ed)', () => {
    const data = record('MODIFY', 'assessment');
    expect(matchesAnyFilterPattern([events, assessmentChanges], data)).toBe(true);
    expect(matchesAnyFilterPattern([events], data)).toBe(false);
  });

  it('passes every record when there are no filters', () => {
    expect(matchesAnyFilterPattern([], { anything: true })).toBe(true);
  });
});
