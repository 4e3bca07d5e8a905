import { changeMessages, type StatusChange } from '@treatywatch/rules';
import { NOTIFICATION_LEASE_SECONDS } from './constants.js';
import { parseStatusChange } from './parseStatusChange.js';
import type { Clock, NotificationLedger, Notifier } from './ports.js';

/** What notifying did: the shards published now, and whether the change is out on every shard. */
export interface NotifyChangeResult {
  /** Shards published by this call, with their message ids. */
  readonly published: readonly { readonly shard: number; readonly messageId: string }[];
  /** True once every shard has the change (by this call or an earlier one). */
  readonly complete: boolean;
}

/**
 * Publishes the alert for `change` once on every alert-topic shard. Each
 * (change, shard) is claimed in the ledger first, so a shard already claimed
 * or published is skipped: a retry after a partial failure publishes only the
 * shards still missing, never one twice. A shard whose publication fails
 * gives its claim back; the other shards are still published, and then the
 * first failure is rethrown so that the caller (a stream batch) retries.
 * When every shard has it, the change is recorded once as published.
 */
export async function notifyChange(
  deps: { notifier: Notifier; ledger: NotificationLedger; clock: Clock },
  change: StatusChange,
): Promise<NotifyChangeResult> {
  const valid = parseStatusChange(change);
  const { notifier, ledger, clock } = deps;
  if ((await ledger.get(valid.id)) !== null) return { published: [], complete: true };

  const messages = changeMessages(valid);
  const published: { shard: number; messageId: string }[] = [];
  const failures: unknown[] = [];
  for (let shard = 0; shard < notifier.shardCount; shard += 1) {
    if (!(await ledger.claim(valid.id, shard, clock.now(), NOTIFICATION_LEASE_SECONDS))) continue;
    let messageId: string;
    try {
      ({ messageId } = await notifier.publish(shard, valid, messages));
    } catch (error) {
      await ledger.release(valid.id, shard);
      failures.push(error);
      continue;
    }
    await ledger.complete(valid.id, shard, messageId, clock.now());
    published.push({ shard, messageId });
  }
  if (failures.length > 0) throw failures[0];

  const shards = await ledger.publishedShards(valid.id);
  const messageIds = Array.from({ length: notifier.shardCount }, (_, shard) => shards.get(shard));
  if (messageIds.some((id) => id === undefined)) return { published, complete: false };
  await ledger.completeChange({
    changeId: valid.id,
    messageIds: messageIds as string[],
    publishedAt: clock.now(),
    change: valid,
  });
  return { published, complete: true };
}
