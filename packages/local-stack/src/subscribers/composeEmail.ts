import { randomUUID } from 'node:crypto';

/** The parts of a plain-text email. */
export interface EmailParts {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly date: Date;
  /** Without angle brackets; a random one at `treatywatch.invalid` when absent. */
  readonly messageId?: string;
}

const CRLF = '\r\n';
// An encoded word may be 75 characters: `=?UTF-8?B?` + base64 of at most 45 bytes + `?=`.
const ENCODED_WORD_BYTES = 45;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An RFC 5322 message with a UTF-8 plain-text body, as a mail client opens it
 * from a `.eml` file and as an SMTP server accepts it: CRLF line ends, the
 * body sent as is (`7bit` when ASCII, else `8bit`, so a link stays readable
 * and clickable in the file), a non-ASCII subject as RFC 2047 encoded words.
 */
export function composeEmail(parts: EmailParts): string {
  const ascii = isAscii(parts.text);
  const headers = [
    `From: ${parts.from}`,
    `To: ${parts.to}`,
    `Subject: ${encodeHeader(parts.subject)}`,
    `Date: ${rfc5322Date(parts.date)}`,
    `Message-ID: <${parts.messageId ?? `${randomUUID()}@treatywatch.invalid`}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}`,
  ];
  const body = parts.text.replace(/\r?\n/g, CRLF);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${body}${body.endsWith(CRLF) ? '' : CRLF}`;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e\t\r\n]*$/.test(text);
}

function encodeHeader(value: string): string {
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  if (isAscii(oneLine)) return oneLine;
  const words: string[] = [];
  let chunk = '';
  for (const character of oneLine) {
    if (Buffer.byteLength(chunk + character) > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words
    .map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`)
    .join(`${CRLF} `);
}

// `Mon, 30 Nov 2026 09:27:14 +0000`
function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(
    date.getUTCHours(),
  )}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}
