import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a signature was refused. */
export type SignatureProblem =
  | 'missing-signature'
  | 'malformed-signature'
  | 'stale-signature'
  | 'invalid-signature';

/** Name of the header that carries the webhook signature. */
export const SIGNATURE_HEADER = 'X-TreatyWatch-Signature';

/** How far a signature's timestamp may be from now, in seconds, before it counts as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The outcome of checking a signature: a value, never a throw. */
export type SignatureVerdict =
  | { readonly ok: true; readonly timestamp: number }
  | { readonly ok: false; readonly problem: SignatureProblem; readonly message: string };

/** What `verifySignature` checks. */
export interface SignatureCheck {
  /** The `X-TreatyWatch-Signature` header value, if any. */
  readonly header: string | undefined;
  /** The raw request body, exactly as signed. */
  readonly body: string;
  /** Every secret currently accepted (current and previous during a rotation). */
  readonly secrets: readonly string[];
  readonly now: Date;
  readonly toleranceSeconds?: number;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

function hmac(secret: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body, 'utf8').digest();
}

function reject(problem: SignatureProblem, message: string): SignatureVerdict {
  return { ok: false, problem, message };
}

/**
 * Checks `X-TreatyWatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * Several `v1=` values may be sent (a client signing with both secrets during a
 * rotation) and several secrets may be accepted; any match passes. Comparison is
 * constant-time. A timestamp more than `toleranceSeconds` (300) away from `now`
 * is refused as a replay, whatever the signature.
 *
 * @example
 * const verdict = verifySignature({ header, body, secrets: ['s3cret'], now: new Date() });
 * if (!verdict.ok) throw new UnauthorizedError(verdict.problem, verdict.message);
 */
export function verifySignature(check: SignatureCheck): SignatureVerdict {
  const header = check.header?.trim();
  if (!header) return reject('missing-signature', `header ${SIGNATURE_HEADER} is required`);
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    if (separator <= 0) {
      return reject(
        'malformed-signature',
        `${SIGNATURE_HEADER} must read t=<unix seconds>,v1=<hex>`,
      );
    }
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't') {
      if (timestamp !== undefined || !UNIX_SECONDS.test(value)) {
        return reject(
          'malformed-signature',
          `${SIGNATURE_HEADER} needs exactly one t=<unix seconds>`,
        );
      }
      timestamp = value;
    } else if (key === 'v1') {
      if (!HEX_SHA256.test(value)) {
        return reject('malformed-signature', `${SIGNATURE_HEADER} v1= must be 64 hex characters`);
      }
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === undefined) {
    return reject('malformed-signature', `${SIGNATURE_HEADER} has no t=<unix seconds>`);
  }
  if (signatures.length === 0) {
    return reject('malformed-signature', `${SIGNATURE_HEADER} has no v1=<hex> signature`);
  }
  const tolerance = check.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  const skew = Math.abs(Math.floor(check.now.getTime() / 1000) - Number(timestamp));
  if (skew > tolerance) {
    return reject(
      'stale-signature',
      `${SIGNATURE_HEADER} timestamp is ${skew} s from now; at most ${tolerance} s is accepted`,
    );
  }
  for (const secret of check.secrets) {
    const expected = hmac(secret, timestamp, check.body);
    if (signatures.some((signature) => timingSafeEqual(signature, expected))) {
      return { ok: true, timestamp: Number(timestamp) };
    }
  }
  return reject('invalid-signature', `${SIGNATURE_HEADER} does not match the body`);
}

/**
 * The `X-TreatyWatch-Signature` header value for `body`, signed with `secret` at `now`.
 * Pass several secrets to sign with each (one `v1=` per secret), as a client does
 * while a rotation is under way.
 *
 * @example
 * await fetch(url, {
 *   method: 'POST',
 *   body,
 *   headers: { 'content-type': 'application/json', 'X-TreatyWatch-Signature': signRequest(body, secret) },
 * });
 */
export function signRequest(
  body: string,
  secret: string | readonly string[],
  now: Date = new Date(),
): string {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const parts = secrets.map((s) => `v1=${hmac(s, timestamp, body).toString('hex')}`);
  return [`t=${timestamp}`, ...parts].join(',');
}
