import { describe, expect, it } from 'vitest';
import { emailSubject } from '../src/sns/index.js';

describe('emailSubject', () => {
  it.each([
    ['Lithuania: Ottawa Convention withdrawn', 'Lithuania: Ottawa Convention withdrawn'],
    ['Ukraine — Ottawa Convention:\nsuspended', 'Ukraine - Ottawa Convention: suspended'],
    ['Côte d’Ivoire: withdrawn', "Cote d'Ivoire: withdrawn"],
    ['\t  Türkiye: withdrawn', 'Turkiye: withdrawn'],
    ['', 'Treaty Watch alert'],
  ])('makes %j into %j', (subject, expected) => {
    expect(emailSubject(subject)).toBe(expected);
  });

  it('cuts a long subject on a word to at most 100 characters', () => {
    const subject = emailSubject(`${'word '.repeat(40)}end`);
    expect(subject.length).toBeLessThanOrEqual(100);
    expect(subject).toMatch(/^word( word)*\.\.\.$/);
  });
});
