import { randomInt } from 'node:crypto';
import { VERIFICATION } from './constants.js';

/** A fresh one-time code: 6 decimal digits from the operating system's CSPRNG, zero-padded. */
export function verificationCode(): string {
  return String(randomInt(0, 10 ** VERIFICATION.codeDigits)).padStart(VERIFICATION.codeDigits, '0');
}
