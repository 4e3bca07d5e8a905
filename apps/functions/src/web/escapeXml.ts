import { escapeHtml } from './escapeHtml.js';

/**
 * Whether XML 1.0 can carry this code point at all (its `Char` production):
 * not the C0 controls other than tab, LF and CR, not a lone surrogate, not
 * U+FFFE or U+FFFF. A feed holding one of those would not parse.
 */
function isXmlChar(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff;
}

/**
 * Escapes text for XML content and attributes, dropping the characters XML 1.0
 * cannot carry.
 *
 * @example
 * escapeXml('A & B \u0007') // 'A &amp; B '
 */
export function escapeXml(text: string): string {
  let kept = '';
  for (const char of text) {
    if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  }
  return escapeHtml(kept);
}
