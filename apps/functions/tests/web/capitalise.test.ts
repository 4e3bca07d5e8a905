import { describe, expect, it } from 'vitest';
import { capitalise } from '../../src/web/capitalise.js';

describe('capitalise', () => {
  it.each([
    ['withdrawal pending', 'Withdrawal pending'],
    ['party', 'Party'],
    ['', ''],
  ])('turns "%s" into "%s"', (words, label) => {
    expect(capitalise(words)).toBe(label);
  });
});
