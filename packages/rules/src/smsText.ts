import { SMS_SITE_URL_MAX_LENGTH, type Status } from './constants.js';
import { InvalidSiteUrlError } from './errors.js';
import { gsm7Length, toGsm7 } from './gsm7.js';
import { SMS_MAX_SEPTETS } from './smsFit.js';
import { STATUS_WORDS } from './statusWords.js';
import type { IsoDate } from './types.js';

/** What an SMS alert says, in words already chosen. */
export interface SmsParts {
  /** The state's name, e.g. `Poland`. */
  readonly state: string;
  /** The treaty's short name, e.g. `Ottawa Convention`. */
  readonly treaty: string;
  readonly status: Status;
  readonly previousStatus: Status | null;
  readonly effectiveOn: IsoDate | null;
  /** The short link to the state's page that ends the SMS (`smsLink`), or `null` for none. */
  readonly link: string | null;
}

const ELLIPSIS = '...';

/** The status in the fewest words that still name it, for an SMS with no room to spare. */
const SHORT_STATUS_WORDS: Readonly<Record<Status, string>> = {
  ...STATUS_WORDS,
  'withdrawal-suspended': 'withdrawal suspended',
};

/** `text` cut to at most `max` septets, ending in `...` when cut. */
function clip(text: string, max: number): string {
  if (gsm7Length(text) <= max) return text;
  let out = '';
  for (const char of text) {
    if (gsm7Length(out + char) > max - ELLIPSIS.length) break;
    out += char;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * The SMS that announces a status change, in at most 160 GSM-7 septets
 * (extension characters count two; anything outside GSM-7 is transliterated
 * or dropped by `toGsm7`): `<state>, <treaty>: <new status> (was: <old>).
 * Effective <date>. <link>`. It always names the state, the treaty and the
 * new status and ends with the link; when it would be too long it drops the
 * previous status, then the date, then says `withdrawal suspended` without
 * `by armed conflict`, and only then shortens the state's and the treaty's
 * names (each keeps at least half the room left, ending in `...`). With a
 * site URL of at most `SMS_SITE_URL_MAX_LENGTH` characters, no real state or
 * treaty name is ever shortened (the tests check every combination).
 *
 * @example
 * smsText({ state: 'Poland', treaty: 'Ottawa Convention', status: 'withdrawn',
 *   previousStatus: 'withdrawal-pending', effectiveOn: '2026-02-20', link: 'https://tw.example/s/PL' });
 * // 'Poland, Ottawa Convention: withdrawn (was: withdrawal pending). Effective 2026-02-20. https://tw.example/s/PL'
 */
export function smsText(parts: SmsParts): string {
  // `/s/` and a two-letter code: 5 septets after the site URL.
  if (parts.link !== null && gsm7Length(parts.link) > SMS_SITE_URL_MAX_LENGTH + 5) {
    throw new InvalidSiteUrlError(parts.link.length);
  }
  const state = toGsm7(parts.state).trim();
  const treaty = toGsm7(parts.treaty).trim();
  const status = STATUS_WORDS[parts.status];
  const tail = parts.link === null ? '' : ` ${toGsm7(parts.link)}`;
  const from = parts.previousStatus === null ? '' : ` (was: ${STATUS_WORDS[parts.previousStatus]})`;
  const effective = parts.effectiveOn === null ? '' : ` Effective ${parts.effectiveOn}.`;
  const short = SHORT_STATUS_WORDS[parts.status];
  for (const text of [
    `${state}, ${treaty}: ${status}${from}.${effective}${tail}`,
    `${state}, ${treaty}: ${status}.${effective}${tail}`,
    `${state}, ${treaty}: ${status}.${tail}`,
    `${state}, ${treaty}: ${short}.${tail}`,
  ]) {
    if (gsm7Length(text) <= SMS_MAX_SEPTETS) return text;
  }
  const room = SMS_MAX_SEPTETS - gsm7Length(`, : ${short}.${tail}`);
  const treatyRoom = Math.min(
    gsm7Length(treaty),
    Math.max(Math.floor(room / 2), room - gsm7Length(state)),
  );
  return `${clip(state, room - treatyRoom)}, ${clip(treaty, treatyRoom)}: ${short}.${tail}`;
}
