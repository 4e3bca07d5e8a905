import { describe, expect, it } from 'vitest';
import { smsCountryAllowed } from '../src/index.js';

describe('smsCountryAllowed', () => {
  it.each([
    ['+447911123456', [], true],
    ['+447911123456', ['+44'], true],
    ['+447911123456', ['+1', '+353'], false],
    ['+12025550123', ['+1'], true],
  ] as const)('%s with %j is %s', (phone, allowList, expected) => {
    expect(smsCountryAllowed(phone, allowList)).toBe(expected);
  });
});
