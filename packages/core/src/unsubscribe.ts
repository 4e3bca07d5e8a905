import { timingSafeEqual } from 'node:crypto';
import { ForbiddenError, type InputIssue, InvalidInputError, NotFoundError } from './errors.js';
import { manageTokenHash } from './manageTokenHash.js';
import type { Clock, SubscriptionChannel, SubscriptionStore } from './ports.js';

/**
 * Ends a subscription, given its id and the manage token handed out by
 * `subscribe`. `NotFoundError` for an unknown id, `ForbiddenError` for a wrong
 * token (compared in constant time).
 */
export async function unsubscribe(
  deps: { channel: SubscriptionChannel; subscriptions: SubscriptionStore; clock: Clock },
  input: { id: string; token: string },
): Promise<void> {
  const { id, token } = parseInput(input);
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

function parseInput(input: unknown): { id: string; token: string } {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const issues: InputIssue[] = [];
  for (const field of ['id', 'token'] as const) {
    if (typeof raw[field] !== 'string' || raw[field] === '') {
      issues.push({ field, message: 'is required (a non-empty string)' });
    }
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { id: raw.id as string, token: raw.token as string };
}
