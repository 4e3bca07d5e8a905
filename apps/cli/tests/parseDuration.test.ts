import { InvalidInputError } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../src/parseDuration.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['250', 250],
    [' 2s ', 2_000],
  ])('reads %s as %d ms', (value, expected) => {
    expect(parseDuration(value, '--sweep-interval')).toBe(expected);
  });

  it.each(['soon', '', '0s', '-5s', '5 parsecs'])('refuses %j, naming the option', (value) => {
    expect(() => parseDuration(value, '--sweep-interval')).toThrow(InvalidInputError);
    try {
      parseDuration(value, '--sweep-interval');
    } catch (error) {
      expect((error as InvalidInputError).issues[0]?.field).toBe('--sweep-interval');
    }
  });
});
