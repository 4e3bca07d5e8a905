import { InvalidInputError } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { parseReminders } from '../src/parseReminders.js';

describe('parseReminders', () => {
  it('reads comma-separated days in the order given', () => {
    expect(parseReminders('30, 7,1')).toEqual([30, 7, 1]);
    expect(parseReminders('7')).toEqual([7]);
  });

  it('refuses anything but whole numbers, naming the option', () => {
    for (const text of ['', '7,', 'seven', '1.5', '-1', '30;7', '1000']) {
      const error = (() => {
        try {
          parseReminders(text);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error, text).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.field).toBe('--reminders');
    }
  });
});
