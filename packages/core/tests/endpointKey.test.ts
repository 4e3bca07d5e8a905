import { describe, expect, it } from 'vitest';
import { endpointKey, keyedHash, verificationCode } from '../src/index.js';

describe('endpointKey', () => {
  it('gives every spelling of one email address the same key', () => {
    expect(endpointKey('k', 'email', 'Alice@Example.org')).toBe(
      endpointKey('k', 'email', 'alice@example.org'),
    );
  });

  it('depends on the server-side key, so it cannot be computed without it', () => {
    expect(endpointKey('k1', 'sms', '+447911123456')).not.toBe(
      endpointKey('k2', 'sms', '+447911123456'),
    );
  });

  it('separates protocols', () => {
    expect(endpointKey('k', 'email', 'a@b.example')).not.toBe(
      keyedHash('k', 'endpoint', 'a@b.example'),
    );
  });
});

describe('verificationCode', () => {
  it('is six digits', () => {
    for (let i = 0; i < 200; i += 1) expect(verificationCode()).toMatch(/^\d{6}$/);
  });
});
