import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { WEBHOOK_SECRET_MAX_AGE_SECONDS } from '../constants.js';
import { FunctionsError } from '../errors.js';
import { requiredEnv } from '../requiredEnv.js';
import type { WebhookSecretSource } from './createWebhookApp.js';
import { parseWebhookSecrets } from './parseWebhookSecrets.js';

/**
 * The webhook's secrets as configured: `TREATYWATCH_WEBHOOK_SECRET` for local
 * runs, else the Secrets Manager secret named by `WEBHOOK_SECRET_NAME`, fetched
 * through Powertools Parameters and cached for five minutes, so a rotation is
 * picked up without a redeploy. Either may hold `{"current","previous"}`.
 */
export function secretsFromEnvironment(env: NodeJS.ProcessEnv = process.env): WebhookSecretSource {
  const local = env.TREATYWATCH_WEBHOOK_SECRET;
  if (local !== undefined && local !== '') {
    const secrets = parseWebhookSecrets(local);
    return async () => secrets;
  }
  const name = requiredEnv('WEBHOOK_SECRET_NAME', env);
  return async () => {
    const value = await getSecret(name, { maxAge: WEBHOOK_SECRET_MAX_AGE_SECONDS });
    if (typeof value !== 'string') {
      throw new FunctionsError(`secret ${name} has no string value`, { name });
    }
    return parseWebhookSecrets(value);
  };
}
