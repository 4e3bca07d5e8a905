import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from '@treatywatch/core';
import * as z from 'zod/mini';
import { FunctionsError } from '../errors.js';

const windowLimit = z.object({
  requests: z.number().check(z.int(), z.positive()),
  windowSeconds: z.number().check(z.int(), z.positive()),
});

const limitsSchema = z.object({
  perSourceIp: windowLimit,
  perEndpoint: windowLimit,
  verificationSmsPerDay: z.number().check(z.int(), z.positive()),
  smsCountries: z.array(z.string().check(z.regex(/^\+[1-9]\d{0,5}$/))),
});

/**
 * The abuse limits of the subscription routes: `SUBSCRIPTION_LIMITS` (JSON,
 * set by the stack from its context), else the defaults. A malformed value
 * fails loudly: a deployment must never run with limits it did not mean.
 */
export function subscriptionLimitsFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): SubscriptionLimits {
  const text = env.SUBSCRIPTION_LIMITS;
  if (text === undefined || text.trim() === '') return DEFAULT_SUBSCRIPTION_LIMITS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new FunctionsError('SUBSCRIPTION_LIMITS is not JSON', {}, { cause });
  }
  const result = limitsSchema.safeParse(parsed);
  if (!result.success) {
    throw new FunctionsError(`SUBSCRIPTION_LIMITS is not valid: ${result.error.message}`, {});
  }
  return result.data;
}
