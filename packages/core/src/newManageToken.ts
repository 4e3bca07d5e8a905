import { randomBytes } from 'node:crypto';

/** A fresh subscription id: `sub-` and 24 random hex digits. */
export function newSubscriptionId(): string {
  return `sub-${randomBytes(12).toString('hex')}`;
}

/** A fresh manage token: 256 random bits, base64url. Shown once; only its hash is kept. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}
