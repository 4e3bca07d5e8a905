import { changeMessages, type StatusChange } from '@treatywatch/rules';
import { parseStatusChange } from './parseStatusChange.js';
import type { Clock, NotificationLedger, Notifier } from './ports.js';
import { publishOnEveryShard } from './publishOnEveryShard.js';

/** What notifying did: the shards published now, and whether the change is out on every shard. */
export interface NotifyChangeResult {
  /** Shards published by this call, with their message ids. */
  readonly published: readonly { readonly shard: number; readonly messageId: string }[];
  /** True once every shard has the change (by this call or an earlier one). */
  readonly complete: boolean;
}

/**
 * Publishes the alert for `change` once on every alert-topic shard
 * (`publishOnEveryShard`: a retry publishes only the shards still missing,
 * never one twice, and a failure is rethrown so that the caller, a stream
 * batch, retries). When every shard has it, the change is recorded once as
 * published, in the log the feed and the digests read.
 */
export async function notifyChange(
  deps: { notifier: Notifier; ledger: NotificationLedger; clock: Clock },
  change: StatusChange,
): Promise<NotifyChangeResult> {
  const valid = parseStatusChange(change);
  const { notifier, ledger, clock } = deps;
  if ((await ledger.get(valid.id)) !== null) return { published: [], complete: true };

  const messages = changeMessages(valid);
  const { published, messageIds } = await publishOnEveryShard(
    deps,
    valid.id,
    notifier.shardCount,
    (shard) => notifier.publish(shard, valid, messages),
  );
  if (messageIds === null) return { published, complete: false };
  await ledger.completeChange({
    changeId: valid.id,
    messageIds: [...messageIds],
    publishedAt: clock.now(),
    change: valid,
  });
  return { published, complete: true };
}
