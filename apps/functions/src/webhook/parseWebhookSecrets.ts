import * as z from 'zod/mini';
import { FunctionsError } from '../errors.js';

/** A rotation's secrets as JSON: an object whose non-empty string values are secrets. */
const rotatingSecretsSchema = z.record(z.string(), z.unknown());

/**
 * The secrets held in one secret value: a plain string, or JSON
 * `{"current": "...", "previous": "..."}` while a rotation is under way (any
 * non-empty string values count, current first). Throws when it holds none:
 * a webhook without a secret must not start.
 *
 * @example
 * parseWebhookSecrets('{"current":"new","previous":"old"}') // ['new', 'old']
 * parseWebhookSecrets('only-one') // ['only-one']
 */
export function parseWebhookSecrets(value: string | undefined): string[] {
  const text = value?.trim() ?? '';
  if (text === '') throw new FunctionsError('the webhook secret is empty', {});
  if (!text.startsWith('{') && !text.startsWith('[')) return [text];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new FunctionsError(
      'the webhook secret looks like JSON but does not parse',
      {},
      { cause },
    );
  }
  const record = rotatingSecretsSchema.safeParse(parsed);
  if (!record.success) {
    throw new FunctionsError('the webhook secret JSON must be an object of strings', {});
  }
  const ordered = ['current', 'previous', ...Object.keys(record.data)];
  const secrets = [...new Set(ordered)]
    .map((key) => record.data[key])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  if (secrets.length === 0) throw new FunctionsError('the webhook secret JSON holds no secret', {});
  return secrets;
}
