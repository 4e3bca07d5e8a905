import { describe, expect, it } from 'vitest';
import { FunctionsError } from '../../src/errors.js';
import { parseWebhookSecrets } from '../../src/webhook/parseWebhookSecrets.js';

describe('parseWebhookSecrets', () => {
  it('reads a plain string as the one secret', () => {
    expect(parseWebhookSecrets('s3cret')).toEqual(['s3cret']);
  });

  it('reads current and previous from JSON, current first', () => {
    expect(parseWebhookSecrets('{"previous":"old","current":"new"}')).toEqual(['new', 'old']);
  });

  it('ignores empty and non-string values', () => {
    expect(parseWebhookSecrets('{"current":"new","previous":"","note":3}')).toEqual(['new']);
  });

  it.each([undefined, '', '  ', '{}', '{"current":""}', '{not json', '[]'])(
    'refuses a value holding no secret (%j)',
    (value) => {
      expect(() => parseWebhookSecrets(value)).toThrow(FunctionsError);
    },
  );
});
