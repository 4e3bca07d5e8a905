import { timingSafeEqual } from 'node:crypto';

/** Whether two hex hashes are equal, compared in constant time so timing tells nothing. */
export function sameHash(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
