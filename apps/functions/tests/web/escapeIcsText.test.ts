import { describe, expect, it } from 'vitest';
import { escapeIcsText } from '../../src/web/escapeIcsText.js';

describe('escapeIcsText', () => {
  it.each([
    ['a comma', 'Riga, Latvia', 'Riga\\, Latvia'],
    ['a semicolon', 'a; b', 'a\\; b'],
    ['a backslash', 'a\\b', 'a\\\\b'],
    ['line breaks of any kind', 'one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
  ])('escapes %s', (_, text, escaped) => {
    expect(escapeIcsText(text)).toBe(escaped);
  });
});
