import { describe, expect, it } from 'vitest';
import { maskEndpoint } from '../src/index.js';

describe('maskEndpoint', () => {
  it.each([
    ['email', 'alice@example.org', 'a***@example.org'],
    ['email', 'b@x.io', 'b***@x.io'],
    ['sms', '+447911123412', '+4479******12'],
    ['sms', '+12025550123', '+1202*****23'],
    ['https', 'https://hooks.example.org/secret/path?token=x', 'https://hooks.example.org/***'],
  ] as const)('masks %s %s as %s', (protocol, endpoint, masked) => {
    expect(maskEndpoint(protocol, endpoint)).toBe(masked);
  });
});
