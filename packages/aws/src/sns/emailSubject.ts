import { EMAIL_SUBJECT_MAX_LENGTH } from '@treatywatch/rules';

/**
 * `subject` made acceptable to SNS: printable ASCII only (other characters
 * transliterated where possible, else dropped), no line breaks or control
 * characters, starting with a letter, digit or punctuation mark, at most 99
 * characters (cut on a word with `...`).
 *
 * @example
 * emailSubject('Ukraine — Ottawa Convention:\nwithdrawn'); // 'Ukraine - Ottawa Convention: withdrawn'
 */
export function emailSubject(subject: string): string {
  const ascii = subject
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...')
    .normalize('NFKD')
    .replace(/[^\x20-\x7E\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[^A-Za-z0-9!-/:-@[-`{-~]+/, '');
  if (ascii.length <= EMAIL_SUBJECT_MAX_LENGTH) return ascii === '' ? 'Treaty Watch alert' : ascii;
  const room = EMAIL_SUBJECT_MAX_LENGTH - 3;
  const cut = ascii.slice(0, room);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > room / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}...`;
}
