import { NOTIFICATION_LEASE_SECONDS, TEST_ALERT_WINDOW_SECONDS } from './constants.js';
import { fixedWindow } from './fixedWindow.js';
import type { Clock, NotificationLedger, Notifier, TestAlertRequest } from './ports.js';
import { testAlertMessages } from './testAlertMessages.js';

/** Seconds a request may seem to come from the future (clocks of two functions differ a little). */
const CLOCK_SKEW_SECONDS = 60;

/** What publishing a recorded test-alert request did. */
export interface PublishTestAlertResult {
  /**
   * `published` now; `already-published` (or claimed) for that subscription
   * in that hour; `stale`: asked for more than an hour ago, or in the future,
   * so nothing is sent.
   */
  readonly outcome: 'published' | 'already-published' | 'stale';
  readonly messageId?: string;
}

/**
 * Publishes a recorded test-alert request (`sendTestAlert` records it where
 * the function that takes it may not publish on the alert topics) once: on
 * the subscription's shard, addressed to it, through the ledger under
 * `test:<subscription id>:<hour start>`, so a redelivered request sends
 * nothing twice. The text is always `testAlertMessages`, never taken from
 * the request, and a request older than the hour it counts in (or dated in
 * the future) sends nothing: whoever can record requests can only make a
 * subscriber receive the test message, at most once an hour. A failed
 * publication gives the claim back and rethrows, so the caller retries.
 */
export async function publishTestAlert(
  deps: { notifier: Notifier; ledger: NotificationLedger; clock: Clock },
  request: TestAlertRequest,
): Promise<PublishTestAlertResult> {
  const now = deps.clock.now();
  const age = (Date.parse(now) - Date.parse(request.requestedAt)) / 1_000;
  if (!(age <= TEST_ALERT_WINDOW_SECONDS && age >= -CLOCK_SKEW_SECONDS)) {
    return { outcome: 'stale' };
  }
  const { start } = fixedWindow(request.requestedAt, TEST_ALERT_WINDOW_SECONDS);
  const id = `test:${request.subscriptionId}:${start}`;
  const { shard } = request;
  if (!(await deps.ledger.claim(id, shard, now, NOTIFICATION_LEASE_SECONDS))) {
    return { outcome: 'already-published' };
  }
  let messageId: string;
  try {
    ({ messageId } = await deps.notifier.publishTestAlert(
      shard,
      request.subscriptionId,
      testAlertMessages(request.subscriptionId),
    ));
  } catch (error) {
    await deps.ledger.release(id, shard);
    throw error;
  }
  await deps.ledger.complete(id, shard, messageId, deps.clock.now());
  return { outcome: 'published', messageId };
}
