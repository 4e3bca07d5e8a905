import { MissingEnvironmentError } from './errors.js';

/**
 * Reads an environment variable that the function cannot run without; throws
 * `MissingEnvironmentError` when it is missing or empty, so a wrong deployment
 * fails loudly on the first invocation instead of misbehaving.
 *
 * @example
 * const tableName = requiredEnv('TABLE_NAME');
 */
export function requiredEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new MissingEnvironmentError(name);
  return value;
}
