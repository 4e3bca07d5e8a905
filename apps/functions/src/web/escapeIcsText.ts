/**
 * Escapes a TEXT value for iCalendar (RFC 5545, 3.3.11): backslash, semicolon
 * and comma get a backslash, a line break becomes `\n`.
 *
 * @example
 * escapeIcsText('Vilnius; Riga, Tallinn\nnote') // 'Vilnius\\; Riga\\, Tallinn\\nnote'
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}
