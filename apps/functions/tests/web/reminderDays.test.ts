import { describe, expect, it } from 'vitest';
import { reminderDays } from '../../src/web/reminderDays.js';

describe('reminderDays', () => {
  it('reads days separated by commas or spaces as numbers', () => {
    expect(reminderDays('30, 7 1')).toEqual([30, 7, 1]);
    expect(reminderDays('')).toEqual([]);
  });

  it('keeps what is not a whole number as text, for the use case to name', () => {
    expect(reminderDays('30, seven')).toEqual([30, 'seven']);
  });

  it('refuses a text longer than five lead times could be, as too many items', () => {
    expect(reminderDays('1, '.repeat(30)).length).toBeGreaterThan(5);
  });
});
