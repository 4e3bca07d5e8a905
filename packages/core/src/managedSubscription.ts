import { ForbiddenError, NotFoundError } from './errors.js';
import { manageTokenHash } from './manageTokenHash.js';
import type { SubscriptionRecord, SubscriptionStore } from './ports.js';
import { sameHash } from './sameHash.js';

/**
 * The subscription `id`, once `token` proves the caller may manage it:
 * `NotFoundError` for an unknown id, `ForbiddenError` for a wrong token or a
 * subscription that has none yet (an SMS one whose code was not verified).
 */
export async function managedSubscription(
  subscriptions: SubscriptionStore,
  id: string,
  token: string,
): Promise<SubscriptionRecord> {
  const record = await subscriptions.get(id);
  if (record === null) throw new NotFoundError('subscription', id);
  if (record.tokenHash === undefined) {
    throw new ForbiddenError('subscription', id, 'it is not verified yet');
  }
  if (!sameHash(manageTokenHash(token), record.tokenHash)) {
    throw new ForbiddenError('subscription', id, 'the manage token does not match');
  }
  return record;
}
