import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signRequest, verifySignature } from '../src/webhookSignature.js';

const NOW = new Date('2026-01-28T09:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const BODY = '{"state":"UA","type":"withdrawal-announced"}';

function hex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

describe('verifySignature', () => {
  it('accepts a body signed with the secret', () => {
    const header = signRequest(BODY, 'current', NOW);
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW })).toEqual({
      ok: true,
      timestamp: T,
    });
  });

  it('matches the documented format t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    expect(signRequest(BODY, 'current', NOW)).toBe(`t=${T},v1=${hex('current', T, BODY)}`);
  });

  it('accepts a signature made with the previous secret during a rotation', () => {
    const header = signRequest(BODY, 'previous', NOW);
    const verdict = verifySignature({
      header,
      body: BODY,
      secrets: ['current', 'previous'],
      now: NOW,
    });
    expect(verdict.ok).toBe(true);
  });

  it('accepts several v1 values when any one matches', () => {
    const header = `t=${T},v1=${hex('retired', T, BODY)},v1=${hex('current', T, BODY)}`;
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW }).ok).toBe(true);
  });

  it('refuses a signature made with a secret no longer accepted', () => {
    const header = signRequest(BODY, 'retired', NOW);
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW })).toMatchObject({
      ok: false,
      problem: 'invalid-signature',
    });
  });

  it('refuses a tampered body', () => {
    const header = signRequest(BODY, 'current', NOW);
    const tampered = BODY.replace('UA', 'RU');
    expect(
      verifySignature({ header, body: tampered, secrets: ['current'], now: NOW }),
    ).toMatchObject({
      ok: false,
      problem: 'invalid-signature',
    });
  });

  it.each([
    ['301 s old', -301],
    ['301 s ahead', 301],
    ['a day old', -86_400],
  ])('refuses a timestamp %s as stale, even when correctly signed', (_label, offset) => {
    const signedAt = new Date(NOW.getTime() + offset * 1000);
    const header = signRequest(BODY, 'current', signedAt);
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW })).toMatchObject({
      ok: false,
      problem: 'stale-signature',
    });
  });

  it.each([-300, 300])('accepts a timestamp exactly %i s away', (offset) => {
    const header = signRequest(BODY, 'current', new Date(NOW.getTime() + offset * 1000));
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW }).ok).toBe(true);
  });

  it.each([undefined, '', '   '])('reports a missing header (%j)', (header) => {
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW })).toMatchObject({
      ok: false,
      problem: 'missing-signature',
    });
  });

  it.each([
    ['no t', `v1=${'a'.repeat(64)}`],
    ['no v1', `t=${T}`],
    ['two t', `t=${T},t=${T},v1=${'a'.repeat(64)}`],
    ['non-numeric t', `t=soon,v1=${'a'.repeat(64)}`],
    ['short v1', `t=${T},v1=abc`],
    ['non-hex v1', `t=${T},v1=${'z'.repeat(64)}`],
    ['a part without =', `t=${T},v1`],
    ['garbage', 'Bearer abc'],
  ])('reports a malformed header (%s)', (_label, header) => {
    const verdict = verifySignature({ header, body: BODY, secrets: ['current'], now: NOW });
    expect(verdict).toMatchObject({ ok: false, problem: 'malformed-signature' });
    expect(verdict.ok ? '' : verdict.message).toMatch(/X-TreatyWatch-Signature/);
  });

  it('ignores unknown schemes beside v1', () => {
    const header = `t=${T},v0=whatever,v1=${hex('current', T, BODY)}`;
    expect(verifySignature({ header, body: BODY, secrets: ['current'], now: NOW }).ok).toBe(true);
  });
});

describe('signRequest', () => {
  it('signs with every secret given, one v1 each', () => {
    const header = signRequest(BODY, ['a', 'b'], NOW);
    expect(header).toBe(`t=${T},v1=${hex('a', T, BODY)},v1=${hex('b', T, BODY)}`);
  });
});
