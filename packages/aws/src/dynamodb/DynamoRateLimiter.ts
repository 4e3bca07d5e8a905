import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { fixedWindow, type RateDecision, type RateLimiter } from '@treatywatch/core';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

/** How long a spent window's counter stays after the window ends, before TTL removes it. */
const COUNTER_GRACE_SECONDS = 3_600;

/**
 * Fixed-window counters on the single table: one item per key and window,
 * counted up with a conditional update (so concurrent requests never pass
 * the limit together) and removed by TTL once the window is over.
 */
export class DynamoRateLimiter implements RateLimiter {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async take(
    key: string,
    limit: number,
    windowSeconds: number,
    now: string,
  ): Promise<RateDecision> {
    const { start: windowStart, retryAfterSeconds } = fixedWindow(now, windowSeconds);
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: itemKeys.rateCounter(key, windowStart),
          UpdateExpression: 'SET #kind = :kind, #expiresAt = :expiresAt ADD #count :one',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: {
            '#kind': 'kind',
            '#expiresAt': TABLE_DEFINITION.timeToLiveAttribute,
            '#count': 'count',
          },
          ExpressionAttributeValues: {
            ':kind': ITEM_KINDS.rateLimit,
            ':expiresAt': windowStart + windowSeconds + COUNTER_GRACE_SECONDS,
            ':one': 1,
            ':limit': limit,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { allowed: true, used: Number(Attributes?.count ?? 1), retryAfterSeconds };
    } catch (error) {
      if (isConditionalCheckFailed(error))
        return { allowed: false, used: limit, retryAfterSeconds };
      throw error;
    }
  }
}
