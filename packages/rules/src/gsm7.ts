/*
 * The GSM 03.38 7-bit alphabet: what an SMS can carry in 160 characters.
 * Extension characters take two septets.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';
const BASIC_SET: ReadonlySet<string> = new Set(BASIC);
const EXTENSION_SET: ReadonlySet<string> = new Set(EXTENSION);

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  '→': '->',
  '\u00a0': ' ',
};

/**
 * Rewrites text into the GSM-7 alphabet: typographic punctuation becomes its
 * ASCII form, letters lose diacritics the alphabet lacks (`ô` → `o`), and
 * anything else that cannot be sent is dropped.
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const char of text) {
    if (BASIC_SET.has(char) || EXTENSION_SET.has(char)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    for (const part of char.normalize('NFD')) {
      if (BASIC_SET.has(part)) out += part;
    }
  }
  return out;
}

/** Septets `text` takes in an SMS (extension characters count twice), or `Infinity` when it is not GSM-7. */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) {
    if (BASIC_SET.has(char)) length += 1;
    else if (EXTENSION_SET.has(char)) length += 2;
    else return Number.POSITIVE_INFINITY;
  }
  return length;
}
