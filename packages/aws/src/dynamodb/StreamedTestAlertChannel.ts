import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ChannelStatus,
  type Clock,
  fixedWindow,
  type ShardSubscriptions,
  type SubscriptionChannel,
  type SubscriptionFilter,
  type SubscriptionRequest,
  TEST_ALERT_WINDOW_SECONDS,
  type TestAlertTarget,
} from '@treatywatch/core';
import type { ChangeMessages } from '@treatywatch/rules';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

/** How long a test-alert request is kept past its hour (TTL), for the operator to look at. */
const REQUEST_GRACE_SECONDS = 86_400;

/** Options of a `StreamedTestAlertChannel`. */
export interface StreamedTestAlertChannelOptions extends DynamoTableOptions {
  /** The channel everything else (and SMS test alerts) goes to. */
  readonly channel: SubscriptionChannel;
  readonly clock: Clock;
}

/**
 * A `SubscriptionChannel` for a function that may not publish on the alert
 * topics (the public api): an email or https test alert is recorded as a
 * `test-alert` item (`TESTALERT#<subscription id>`, one per hour, written only
 * if absent, so a retry records nothing twice) which the table's stream hands
 * to the function that may publish (`publishTestAlert`). Everything else,
 * SMS test alerts included (sent straight to the number), goes to `channel`.
 */
export class StreamedTestAlertChannel implements SubscriptionChannel {
  readonly #options: StreamedTestAlertChannelOptions;

  constructor(options: StreamedTestAlertChannelOptions) {
    this.#options = options;
  }

  subscribe(
    request: SubscriptionRequest,
    shard: number,
    subscriptionId: string,
  ): Promise<{ channelRef: string; status: ChannelStatus }> {
    return this.#options.channel.subscribe(request, shard, subscriptionId);
  }

  setFilter(channelRef: string, filter: SubscriptionFilter, subscriptionId: string): Promise<void> {
    return this.#options.channel.setFilter(channelRef, filter, subscriptionId);
  }

  unsubscribe(channelRef: string): Promise<void> {
    return this.#options.channel.unsubscribe(channelRef);
  }

  shardSubscriptions(shard: number): Promise<ShardSubscriptions> {
    return this.#options.channel.shardSubscriptions(shard);
  }

  async sendTestAlert(target: TestAlertTarget, messages: ChangeMessages): Promise<void> {
    if (target.protocol === 'sms') return this.#options.channel.sendTestAlert(target, messages);
    const { client, tableName, clock } = this.#options;
    const requestedAt = clock.now();
    const { start } = fixedWindow(requestedAt, TEST_ALERT_WINDOW_SECONDS);
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...itemKeys.testAlert(target.subscriptionId, start),
            [TABLE_DEFINITION.kindAttribute]: ITEM_KINDS.testAlert,
            subscriptionId: target.subscriptionId,
            channelRef: target.channelRef,
            shard: target.shard,
            protocol: target.protocol,
            requestedAt,
            [TABLE_DEFINITION.timeToLiveAttribute]:
              start + TEST_ALERT_WINDOW_SECONDS + REQUEST_GRACE_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      // Recorded already in this hour: that request is the one sent.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
