import { timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { ForbiddenError, NotFoundError } from './errors.js';
import { manageTokenHash } from './manageTokenHash.js';
import { parseInput } from './parseInput.js';
import type { Clock, SubscriptionChannel, SubscriptionStore } from './ports.js';

const required = z
  .string({ error: 'is required (a non-empty string)' })
  .check(z.minLength(1, { error: 'is required (a non-empty string)' }));

/** What ending a subscription takes: its id and its manage token. */
const unsubscribeInputSchema = z.object(
  { id: required, token: required },
  { error: 'must be an object with id and token' },
);

/**
 * Ends a subscription, given its id and the manage token handed out by
 * `subscribe`. `NotFoundError` for an unknown id, `ForbiddenError` for a wrong
 * token (compared in constant time).
 */
export async function unsubscribe(
  deps: { channel: SubscriptionChannel; subscriptions: SubscriptionStore; clock: Clock },
  input: { id: string; token: string },
): Promise<void> {
  const { id, token } = parseInput(unsubscribeInputSchema, input, '(unsubscribe)');
  const record = await deps.subscriptions.get(id);
  if (record === null) throw new NotFoundError('subscription', id);
  const given = Buffer.from(manageTokenHash(token), 'hex');
  const expected = Buffer.from(record.tokenHash, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ForbiddenError('subscription', id, 'the manage token does not match');
  }
  await deps.channel.unsubscribe(record.channelRef);
  await deps.subscriptions.remove(id, deps.clock.now());
}
