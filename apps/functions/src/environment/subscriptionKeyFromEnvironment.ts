import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { WEBHOOK_SECRET_MAX_AGE_SECONDS } from '../constants.js';
import { FunctionsError } from '../errors.js';
import { requiredEnv } from '../requiredEnv.js';

/** Where the subscription key comes from: called per request, cached by Powertools. */
export type SubscriptionKeySource = () => Promise<string>;

/**
 * The server-side key of the subscription hashes: `TREATYWATCH_SUBSCRIPTION_KEY`
 * for local runs, else the Secrets Manager secret named by
 * `SUBSCRIPTION_KEY_SECRET_NAME`, fetched through Powertools Parameters and
 * cached for five minutes. A missing name fails the first request that needs the key.
 */
export function subscriptionKeyFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): SubscriptionKeySource {
  const local = env.TREATYWATCH_SUBSCRIPTION_KEY;
  if (local !== undefined && local !== '') return async () => local;
  // Read on first use: routes that never touch a subscription work without it.
  return async () => {
    const name = requiredEnv('SUBSCRIPTION_KEY_SECRET_NAME', env);
    const value = await getSecret(name, { maxAge: WEBHOOK_SECRET_MAX_AGE_SECONDS });
    if (typeof value !== 'string' || value.length < 32) {
      throw new FunctionsError(`secret ${name} holds no usable key`, { name });
    }
    return value;
  };
}
