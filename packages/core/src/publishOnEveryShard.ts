import { NOTIFICATION_LEASE_SECONDS } from './constants.js';
import type { Clock, NotificationLedger } from './ports.js';

/** What publishing on every shard did. */
export interface PublishOnEveryShardResult {
  /** Shards published by this call, with their message ids. */
  readonly published: readonly { readonly shard: number; readonly messageId: string }[];
  /** Every shard's message id, by shard number, once all have it (by this call or an earlier one); else `null`. */
  readonly messageIds: readonly string[] | null;
}

/**
 * Publishes message `id` once on each of `shardCount` alert-topic shards,
 * through the ledger: each (id, shard) is claimed first, so a shard claimed
 * or published already is skipped, and a retry after a partial failure
 * publishes only the shards still missing, never one twice. A shard whose
 * publication fails gives its claim back; the other shards are still
 * published, then the first failure is rethrown so that the caller retries.
 * Status changes, reminders and digests all go out through it.
 */
export async function publishOnEveryShard(
  deps: { ledger: NotificationLedger; clock: Clock },
  id: string,
  shardCount: number,
  publish: (shard: number) => Promise<{ readonly messageId: string }>,
): Promise<PublishOnEveryShardResult> {
  const { ledger, clock } = deps;
  const published: { shard: number; messageId: string }[] = [];
  const failures: unknown[] = [];
  for (let shard = 0; shard < shardCount; shard += 1) {
    if (!(await ledger.claim(id, shard, clock.now(), NOTIFICATION_LEASE_SECONDS))) continue;
    let messageId: string;
    try {
      ({ messageId } = await publish(shard));
    } catch (error) {
      await ledger.release(id, shard);
      failures.push(error);
      continue;
    }
    await ledger.complete(id, shard, messageId, clock.now());
    published.push({ shard, messageId });
  }
  if (failures.length > 0) throw failures[0];

  const shards = await ledger.publishedShards(id);
  const messageIds = Array.from({ length: shardCount }, (_, shard) => shards.get(shard));
  const complete = messageIds.every((messageId) => messageId !== undefined);
  return { published, messageIds: complete ? (messageIds as string[]) : null };
}
