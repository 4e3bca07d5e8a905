import { dateInWords } from './dateInWords.js';
import { getTreaty } from './getTreaty.js';
import { smsFit } from './smsFit.js';
import { stateName } from './stateName.js';
import { STATUS_WORDS } from './statusWords.js';
import type { ChangeMessages, Digest, StatusChange } from './types.js';

function period(digest: Digest): string {
  return digest.from === digest.to
    ? dateInWords(digest.from)
    : `${dateInWords(digest.from)} to ${dateInWords(digest.to)}`;
}

function count(n: number): string {
  return n === 1 ? '1 change' : `${n} changes`;
}

function line(change: StatusChange): string {
  const treaty = getTreaty(change.treaty).shortName;
  const was =
    change.previousStatus === null ? '' : ` (was: ${STATUS_WORDS[change.previousStatus]})`;
  const effective =
    change.effectiveOn === null ? '' : `; effective ${dateInWords(change.effectiveOn)}`;
  return `${stateName(change.state)}, ${treaty}: ${STATUS_WORDS[change.status]}${was}${effective}`;
}

/**
 * The texts of a daily or weekly digest: every change of the period, one
 * line each, then the effective dates to come. The SMS names the period, the
 * number of changes and as many of them as fit in 160 GSM-7 characters; for
 * https, the digest as JSON (with `kind: "digest"`).
 *
 * @example
 * digestMessages(digest).subject; // 'Treaty Watch daily digest, 1 December 2026: 3 changes'
 */
export function digestMessages(digest: Digest): ChangeMessages {
  const heading = `Treaty Watch ${digest.cadence} digest, ${period(digest)}`;
  const changes = count(digest.changes.length);
  const upcoming =
    digest.upcoming.length === 0
      ? []
      : [
          '',
          'Withdrawals pending, with the day each takes effect:',
          ...digest.upcoming.map(
            (u) =>
              `- ${stateName(u.state)}, ${getTreaty(u.treaty).shortName}: ${dateInWords(u.effectiveOn)}`,
          ),
        ];
  const short = digest.changes
    .map((c) => `${c.state} ${getTreaty(c.treaty).shortName}: ${STATUS_WORDS[c.status]}`)
    .join('; ');
  return {
    subject: `${heading}: ${changes}`.slice(0, 99),
    email: [
      `${heading}: ${changes}.`,
      '',
      ...digest.changes.map((change) => `- ${line(change)}`),
      ...upcoming,
      '',
    ].join('\n'),
    sms: smsFit(`${heading}: ${changes}. ${short}.`),
    default: JSON.stringify({ kind: 'digest', ...digest }),
  };
}
