import { describe, expect, it } from 'vitest';
import { foldIcsLine } from '../../src/web/foldIcsLine.js';

describe('foldIcsLine', () => {
  it.each([
    ['a line of 75 octets stays whole', `SUMMARY:${'x'.repeat(67)}`, [75]],
    [
      'a longer line continues on lines starting with a space',
      `SUMMARY:${'x'.repeat(150)}`,
      [75, 75, 10],
    ],
  ])('%s', (_, line, lengths) => {
    const folded = foldIcsLine(line);
    expect(folded.split('\r\n').map((l) => Buffer.byteLength(l))).toEqual(lengths);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(80)}`;
    const parts = foldIcsLine(line).split('\r\n');
    expect(parts.every((p) => Buffer.byteLength(p) <= 75 && !p.includes('\uFFFD'))).toBe(true);
    expect(parts.join('\r\n').replace(/\r\n /g, '')).toBe(line);
  });
});
