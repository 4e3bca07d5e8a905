import { createHash } from 'node:crypto';

/** The stored form of a manage token: hex SHA-256. The token itself is never stored. */
export function manageTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
