import { dateInWords } from './dateInWords.js';
import { getTreaty } from './getTreaty.js';
import { smsFit } from './smsFit.js';
import { stateName } from './stateName.js';
import type { ChangeMessages, Reminder } from './types.js';

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** "Poland's", "United States'". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * The texts of a countdown reminder: an email subject and body, an SMS of at
 * most 160 GSM-7 characters, and for https the reminder as JSON (with
 * `kind: "reminder"`).
 *
 * @example
 * reminderMessages(reminder).email.split('\n')[0];
 * // "Poland's withdrawal from the Ottawa Convention takes effect in 7 days, on 20 February 2026."
 */
export function reminderMessages(reminder: Reminder): ChangeMessages {
  const state = stateName(reminder.state);
  const treaty = getTreaty(reminder.treaty);
  const when = `in ${days(reminder.leadDays)}, on ${dateInWords(reminder.effectiveOn)}`;
  const sentence = `${possessive(state)} withdrawal from the ${treaty.shortName} takes effect ${when}.`;
  return {
    subject:
      `${state}: withdrawal from the ${treaty.shortName} takes effect in ${days(reminder.leadDays)}`.slice(
        0,
        99,
      ),
    email: [
      sentence,
      '',
      `${treaty.name} (${treaty.shortName}), ${treaty.article}.`,
      'Treaty Watch will tell you if the date moves: an armed conflict, a revocation or a correction can change it.',
      '',
      `You asked to be reminded ${days(reminder.leadDays)} before the effective date.`,
      '',
    ].join('\n'),
    sms: smsFit(`Treaty Watch: ${sentence}`),
    default: JSON.stringify({ kind: 'reminder', ...reminder }),
  };
}
