import type { NoticePeriod, Treaty } from './types.js';

/*
 * The sentences of an assessment's explanation. Plain words, the article
 * cited, every date given.
 */

const UNIT_WORDS = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
} as const;

/** "6 months", "1 year". */
export function periodWords(period: NoticePeriod): string {
  const [one, many] = UNIT_WORDS[period.unit];
  return `${period.amount} ${period.amount === 1 ? one : many}`;
}

const CONFLICT_WORDS = {
  none: 'An armed conflict does not defer it.',
  'at-expiry':
    'If the withdrawing state is engaged in an armed conflict when that period expires, the withdrawal takes effect only when the armed conflict ends.',
  'at-notification':
    'If the state is engaged in an armed conflict when it notifies, the withdrawal takes effect only when that armed conflict ends.',
} as const;

/** The opening sentence: what the treaty's clause says, with its article. */
export function clauseSentence(treaty: Treaty): string {
  const later =
    treaty.laterDate === 'allowed' ? ', or on a later date named in the instrument' : '';
  const bar =
    treaty.noticeBar === null
      ? ''
      : ` Under ${treaty.noticeBar.article} a party may give notice only once it has been a party for ${periodWords(treaty.noticeBar.period)}.`;
  const inForce =
    treaty.entryIntoForce === null
      ? ` The ${treaty.shortName} has not entered into force: a notice of withdrawal starts no notice period.`
      : '';
  return `${treaty.shortName}, ${treaty.article}: a withdrawal takes effect ${periodWords(treaty.noticePeriod)} after notice of it reaches ${treaty.noticeTo}${later}. ${CONFLICT_WORDS[treaty.armedConflictClause]}${bar}${inForce}`;
}

/** What a declared suspension means under a treaty without a suspension clause. */
export function suspensionSentence(treaty: Treaty): string {
  if (treaty.hasSuspensionClause) {
    return `The ${treaty.shortName} provides for suspension; the declaration does not start a withdrawal under ${treaty.article}.`;
  }
  return `The ${treaty.shortName} has no suspension clause: its only exit is withdrawal under ${treaty.article}, and no instrument of withdrawal is counted by this declaration. A claim to suspend a treaty's operation under the Vienna Convention on the Law of Treaties (Article 62, fundamental change of circumstances) must be notified to the other parties, who may object (Article 65).`;
}

/** Sentences that depend only on the clause, written once per clause. */
const WRITTEN = new WeakMap<Treaty, { opening: string; suspension: string }>();

function written(treaty: Treaty): { opening: string; suspension: string } {
  let sentences = WRITTEN.get(treaty);
  if (sentences === undefined) {
    sentences = { opening: clauseSentence(treaty), suspension: suspensionSentence(treaty) };
    WRITTEN.set(treaty, sentences);
  }
  return sentences;
}

/** {@link clauseSentence}, written once per clause: every assessment of the treaty opens with it. */
export function openingSentence(treaty: Treaty): string {
  return written(treaty).opening;
}

/** {@link suspensionSentence}, written once per clause. */
export function suspensionWords(treaty: Treaty): string {
  return written(treaty).suspension;
}
