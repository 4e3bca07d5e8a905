import type { Notifier } from '@treatywatch/core';
import { changeMessages } from '@treatywatch/rules';

/**
 * The notifier `notifier` (the same shards), with every change alert's SMS text ending in the short
 * link to the state's page (`<site URL>/s/<state>`, see rules' `smsText`).
 * `siteUrl` is asked at each publication, so a configuration error fails the
 * publication (and its retry) rather than the function's start; an empty
 * answer leaves the SMS without a link.
 *
 * @example
 * const notifier = withSmsLink(new SnsNotifier(topic), () => 'https://watch.example.org');
 */
export function withSmsLink(notifier: Notifier, siteUrl: () => string): Notifier {
  return {
    shardCount: notifier.shardCount,
    async publish(shard, change, messages) {
      const url = siteUrl();
      if (url === '') return notifier.publish(shard, change, messages);
      return notifier.publish(shard, change, {
        ...messages,
        sms: changeMessages(change, { siteUrl: url }).sms,
      });
    },
    // Reminders, digests and test alerts keep their own texts.
    publishReminder: (shard, reminder, messages) =>
      notifier.publishReminder(shard, reminder, messages),
    publishDigest: (shard, digest, messages) => notifier.publishDigest(shard, digest, messages),
    publishTestAlert: (shard, subscriptionId, messages) =>
      notifier.publishTestAlert(shard, subscriptionId, messages),
  };
}
