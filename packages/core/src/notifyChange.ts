import { changeMessages, type StatusChange } from '@treatywatch/rules';
import { NOTIFICATION_LEASE_SECONDS } from './constants.js';
import { parseStatusChange } from './parseStatusChange.js';
import type { Clock, NotificationLedger, Notifier } from './ports.js';

/**
 * Publishes one alert for `change`, at most once: the ledger is claimed first,
 * so a change already claimed or published is not published again
 * (`published: false`). A failed publication releases the claim and rethrows,
 * so a retry can publish.
 */
export async function notifyChange(
  deps: { notifier: Notifier; ledger: NotificationLedger; clock: Clock },
  change: StatusChange,
): Promise<{ published: boolean; messageId: string | null }> {
  const valid = parseStatusChange(change);
  const claimed = await deps.ledger.claim(valid.id, deps.clock.now(), NOTIFICATION_LEASE_SECONDS);
  if (!claimed) return { published: false, messageId: null };

  let messageId: string;
  try {
    ({ messageId } = await deps.notifier.publish(valid, changeMessages(valid)));
  } catch (error) {
    await deps.ledger.release(valid.id);
    throw error;
  }
  await deps.ledger.complete({
    changeId: valid.id,
    messageId,
    publishedAt: deps.clock.now(),
    change: valid,
  });
  return { published: true, messageId };
}
