import { type Command, Option } from 'commander';
import { ApiClient, DEFAULT_API_URL } from './ApiClient.js';

/** The parsed command-line options every client command takes (`--api`). */
export interface ApiOptionValues {
  readonly api: string;
}

/**
 * Adds `--api URL` (default: the local stack, http://127.0.0.1:8787) to a
 * client command.
 */
export function addApiOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--api <url>',
      'base URL of the Treaty Watch API (the local stack or a deployment)',
    ).default(DEFAULT_API_URL),
  );
}

/** The client for `--api`, signing with `TREATYWATCH_WEBHOOK_SECRET` when set. */
export function apiClientFor(
  options: ApiOptionValues,
  env: NodeJS.ProcessEnv = process.env,
): ApiClient {
  const secret = env.TREATYWATCH_WEBHOOK_SECRET;
  return new ApiClient({ baseUrl: options.api, ...(secret ? { secret } : {}) });
}
