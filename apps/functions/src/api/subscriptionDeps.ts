import type { SubscriptionDeps } from '@treatywatch/core';
import type { ApiDeps } from './ApiDeps.js';

/** The subscription use cases' dependencies, with the key as it is now (it may rotate). */
export async function subscriptionDeps(deps: ApiDeps): Promise<SubscriptionDeps> {
  return { ...deps, key: await deps.subscriptionKey() };
}
