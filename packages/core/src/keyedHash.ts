import { createHmac } from 'node:crypto';

/**
 * Hex HMAC-SHA256 of `value` under the server-side `key`, separated by
 * `purpose` so a hash made for one use never matches another. Keyed, unlike a
 * bare SHA-256, so the small space of phone numbers or 6-digit codes cannot be
 * searched by someone who reads the table.
 *
 * @example
 * keyedHash(key, 'endpoint', 'sms:+447911123456');
 */
export function keyedHash(key: string, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
}
