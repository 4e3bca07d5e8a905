import { InvalidInputError } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { parseCalendarAlarms } from '../../src/web/parseCalendarAlarms.js';

function issuesOf(raw: string): { field: string; message: string }[] {
  try {
    parseCalendarAlarms(raw);
  } catch (error) {
    if (error instanceof InvalidInputError)
      return error.issues.map(({ field, message }) => ({ field, message }));
    throw error;
  }
  return [];
}

describe('parseCalendarAlarms', () => {
  it('reads days before, largest first, without repeats', () => {
    expect(parseCalendarAlarms('1,30, 7,7')).toEqual([30, 7, 1]);
    expect(parseCalendarAlarms('365')).toEqual([365]);
  });

  it('means no reminder when absent or empty', () => {
    expect(parseCalendarAlarms(undefined)).toEqual([]);
    expect(parseCalendarAlarms('')).toEqual([]);
  });

  it.each([
    ['0', '"0"'],
    ['366', '"366"'],
    ['-1', '"-1"'],
    ['1.5', '"1.5"'],
    ['7,,1', '""'],
    ['week', '"week"'],
    ['1e2', '"1e2"'],
    ['1,2,3,4,5,6', '6 values'],
    ['1'.repeat(40), '40 characters'],
  ])('refuses %j, naming the alarms parameter', (raw, got) => {
    const issues = issuesOf(raw);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('alarms');
    expect(issues[0]?.message).toMatch(/^must be up to 5 whole numbers of days from 1 to 365/);
    expect(issues[0]?.message).toContain(`got ${got}`);
  });
});
