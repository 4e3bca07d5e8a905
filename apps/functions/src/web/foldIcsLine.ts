const MAX_OCTETS = 75;

/**
 * Folds one content line to at most 75 octets per physical line (RFC 5545,
 * 3.1): each continuation starts with a space, and a multi-byte UTF-8
 * character is never split. Lines are joined with CRLF.
 *
 * @example
 * foldIcsLine(`DESCRIPTION:${'x'.repeat(100)}`).split('\r\n').map((l) => l.length) // [75, 38]
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
