import type { StatusChange } from '@treatywatch/rules';
import { formatDate } from './formatDate.js';

/**
 * When a status change took effect in law, in one sentence: the day a
 * withdrawal took effect, the day notice was given and the day it takes
 * effect, or that an announcement has no effect in law yet. Dates in words
 * (`27 January 2026`), from the change's `since` and `effectiveOn`.
 *
 * @example
 * legalEffectSentence(withdrawnChange); // 'The withdrawal took effect in law on 27 January 2026.'
 */
export function legalEffectSentence(change: StatusChange): string {
  const { since, effectiveOn } = change;
  if (since === null) return 'No date in law is recorded for this change.';
  const on = formatDate(since);
  switch (change.status) {
    case 'withdrawn':
      return `The withdrawal took effect in law on ${formatDate(effectiveOn ?? since)}.`;
    case 'withdrawal-pending':
      return effectiveOn === null
        ? `Notice of withdrawal was given on ${on}; the withdrawal takes effect in law only when the armed conflict ends.`
        : `Notice of withdrawal was given on ${on}; the withdrawal takes effect in law on ${formatDate(effectiveOn)}.`;
    case 'withdrawal-suspended':
      return `Since ${on} the withdrawal has been held back by an armed conflict; it takes effect in law only when the conflict ends.`;
    case 'suspension-declared':
      return `The suspension was declared on ${on}; no withdrawal has taken effect.`;
    case 'withdrawal-announced':
      return `The withdrawal was announced on ${on}; it has no effect in law until notice is given.`;
    case 'withdrawal-approved':
      return `The withdrawal was approved on ${on}; it has no effect in law until notice is given.`;
    case 'party':
      return change.previousStatus === 'withdrawn'
        ? `The state became a party again on ${on}.`
        : `The withdrawal was revoked on ${on}; the state has remained a party throughout.`;
  }
}
