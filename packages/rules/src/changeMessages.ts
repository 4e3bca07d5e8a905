import { EMAIL_SUBJECT_MAX_LENGTH } from './constants.js';
import { getTreaty } from './getTreaty.js';
import { smsLink } from './smsLink.js';
import { smsText } from './smsText.js';
import { stateName } from './stateName.js';
import { STATUS_WORDS } from './statusWords.js';
import type { ChangeMessages, StatusChange, Treaty } from './types.js';

function headline(change: StatusChange, treaty: string): string {
  switch (change.status) {
    case 'withdrawn':
      return `withdrawal from the ${treaty} now in effect`;
    case 'withdrawal-pending':
      return change.effectiveOn === null
        ? `withdrawal from the ${treaty} notified`
        : `withdrawal from the ${treaty} notified, effective ${change.effectiveOn}`;
    case 'withdrawal-suspended':
      return `withdrawal from the ${treaty} suspended by armed conflict`;
    case 'suspension-declared':
      return `declares suspension of the ${treaty}`;
    case 'withdrawal-announced':
      return `withdrawal from the ${treaty} announced`;
    case 'withdrawal-approved':
      return `withdrawal from the ${treaty} approved`;
    case 'party':
      return change.previousStatus === 'withdrawn'
        ? `party to the ${treaty} again`
        : `withdrawal from the ${treaty} revoked; still a party`;
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;
}

function subject(change: StatusChange, state: string, treaty: Treaty): string {
  const full = `${state}: ${headline(change, treaty.shortName)}`;
  if (full.length <= EMAIL_SUBJECT_MAX_LENGTH) return full;
  return clip(
    `${state}, ${treaty.shortName}: ${STATUS_WORDS[change.status]}`,
    EMAIL_SUBJECT_MAX_LENGTH,
  );
}

function email(change: StatusChange, state: string, treaty: Treaty): string {
  const previous =
    change.previousStatus === null ? 'not assessed before' : STATUS_WORDS[change.previousStatus];
  return [
    `${state} and the ${treaty.name} (${treaty.shortName})`,
    '',
    `What changed: ${previous} -> ${STATUS_WORDS[change.status]}`,
    `Since: ${change.since ?? 'no date recorded'}`,
    `Effective date: ${change.effectiveOn ?? 'not determined'}`,
    '',
    'Why:',
    ...change.explanation.map((line) => `- ${line}`),
    '',
    'Sources:',
    ...(change.sources.length === 0
      ? ['- none recorded']
      : change.sources.map((source) => `- ${source}`)),
    ...[...new Set(treaty.quotes.map((quote) => quote.source))].map(
      (source) => `- ${source} (text of ${treaty.article})`,
    ),
    '',
  ].join('\n');
}

/** Options of `changeMessages`. */
export interface ChangeMessagesOptions {
  /**
   * The site's URL (scheme and host, at most `SMS_SITE_URL_MAX_LENGTH`
   * characters): the SMS then ends with the short link to the state's page,
   * `<siteUrl>/s/<state>`. Without it the SMS has no link.
   */
  readonly siteUrl?: string;
}

/**
 * The texts that announce a status change: an email subject (at most 99
 * characters), a plain-text email body (state's English name, treaty name,
 * previous and new status in words, effective date, explanation, sources),
 * an SMS of at most 160 GSM-7 characters that names the state, the treaty
 * (its short name) and the new status and ends with the short link to the
 * state's page when `siteUrl` is given (`smsText`), and the JSON of the
 * change for protocols with no text of their own. Throws
 * `InvalidSiteUrlError` for a `siteUrl` that is not a short http(s) origin.
 *
 * @example
 * changeMessages(change).subject; // 'Poland: withdrawal from the Ottawa Convention now in effect'
 * changeMessages(change, { siteUrl: 'https://tw.example' }).sms; // '…. https://tw.example/s/PL'
 */
export function changeMessages(
  change: StatusChange,
  options: ChangeMessagesOptions = {},
): ChangeMessages {
  const state = stateName(change.state);
  const treaty = getTreaty(change.treaty);
  return {
    subject: subject(change, state, treaty),
    email: email(change, state, treaty),
    sms: smsText({
      state,
      treaty: treaty.shortName,
      status: change.status,
      previousStatus: change.previousStatus,
      effectiveOn: change.effectiveOn,
      link: options.siteUrl === undefined ? null : smsLink(options.siteUrl, change.state),
    }),
    default: JSON.stringify(change),
  };
}
