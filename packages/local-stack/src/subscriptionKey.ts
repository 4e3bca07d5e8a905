import { randomBytes } from 'node:crypto';
import { JsonFile } from './state/JsonFile.js';

/**
 * The local stack's subscription key (the server-side secret of endpoint and
 * code hashes): generated on first use and kept in the data directory, so
 * stored subscriptions keep matching their endpoints across restarts; a
 * fresh one per run without a data directory.
 */
export function subscriptionKey(path: string | undefined): string {
  const file = new JsonFile<{ key?: string }>(path, {});
  const { key } = file.value;
  if (key !== undefined && key.length >= 32) return key;
  const generated = randomBytes(32).toString('hex');
  file.write({ key: generated });
  return generated;
}
