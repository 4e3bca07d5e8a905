import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  PROTOCOLS,
  type Protocol,
  type ShardUsage,
  type SubscriptionCapacity,
} from '@treatywatch/core';
import { ITEM_KINDS } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

/** Options of a `DynamoSubscriptionCapacity`: the table, the shards and SNS's quota. */
export interface DynamoSubscriptionCapacityOptions extends DynamoTableOptions {
  readonly shardCount: number;
  readonly filterPoliciesPerTopic: number;
}

/**
 * Per-shard capacity counts on the single table: one item per shard
 * (`SHARDS` / `SHARD#0003`) with the filter-policy slots taken
 * (`filterPolicies`), a `full` mark, and subscriptions by protocol. A slot is
 * taken by one conditional `ADD` (below the quota, not marked full), so two
 * concurrent subscriptions never overfill a shard; all shards are read with
 * one query. A shard with no item yet has nothing counted.
 */
export class DynamoSubscriptionCapacity implements SubscriptionCapacity {
  readonly shardCount: number;
  readonly filterPoliciesPerTopic: number;
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoSubscriptionCapacityOptions) {
    if (!Number.isInteger(options.shardCount) || options.shardCount < 1) {
      throw new RangeError(`shardCount must be a whole number ≥ 1, got ${options.shardCount}`);
    }
    if (!Number.isInteger(options.filterPoliciesPerTopic) || options.filterPoliciesPerTopic < 1) {
      throw new RangeError(
        `filterPoliciesPerTopic must be a whole number ≥ 1, got ${options.filterPoliciesPerTopic}`,
      );
    }
    this.shardCount = options.shardCount;
    this.filterPoliciesPerTopic = options.filterPoliciesPerTopic;
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async takeSlot(shard: number): Promise<boolean> {
    try {
      await this.#update(shard, {
        add: ['#policies :one'],
        condition:
          '(attribute_not_exists(#policies) OR #policies < :quota) AND (attribute_not_exists(#full) OR #full = :false)',
        names: { '#policies': 'filterPolicies', '#full': 'full' },
        values: { ':one': 1, ':quota': this.filterPoliciesPerTopic, ':false': false },
      });
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async giveSlot(shard: number): Promise<void> {
    try {
      await this.#update(shard, {
        add: ['#policies :minusOne'],
        set: ['#full = :false'],
        condition: '#policies > :zero',
        names: { '#policies': 'filterPolicies', '#full': 'full' },
        values: { ':minusOne': -1, ':zero': 0, ':false': false },
      });
    } catch (error) {
      // Nothing counted there: nothing to give back (never below zero).
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async markFull(shard: number): Promise<void> {
    await this.#update(shard, {
      set: ['#full = :true', '#fullAt = :at'],
      names: { '#full': 'full', '#fullAt': 'markedFullAt' },
      values: { ':true': true, ':at': new Date().toISOString() },
    });
  }

  async countSubscription(shard: number, protocol: Protocol, delta: 1 | -1): Promise<void> {
    try {
      await this.#update(shard, {
        add: ['#protocol :delta'],
        ...(delta < 0 ? { condition: '#protocol > :zero' } : {}),
        names: { '#protocol': protocol },
        values: { ':delta': delta, ...(delta < 0 ? { ':zero': 0 } : {}) },
      });
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async usage(): Promise<ShardUsage[]> {
    const items = new Map<number, Record<string, unknown>>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': 'pk' },
          ExpressionAttributeValues: { ':pk': itemKeys.shardsPartition },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) items.set(Number(item.shard), item);
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return Array.from({ length: this.shardCount }, (_, shard) => {
      const item = items.get(shard) ?? {};
      const count = (name: string) => Number(item[name] ?? 0);
      return {
        shard,
        filterPolicies: count('filterPolicies'),
        full: item.full === true,
        subscriptions: Object.fromEntries(PROTOCOLS.map((p) => [p, count(p)])) as Record<
          Protocol,
          number
        >,
      };
    });
  }

  /** One conditional update of a shard's item, which it creates, kind and number set, if absent. */
  async #update(
    shard: number,
    parts: {
      readonly add?: readonly string[];
      readonly set?: readonly string[];
      readonly condition?: string;
      readonly names: Record<string, string>;
      readonly values: Record<string, unknown>;
    },
  ): Promise<void> {
    if (!Number.isInteger(shard) || shard < 0 || shard >= this.shardCount) {
      throw new RangeError(`no shard ${shard}: there are ${this.shardCount}`);
    }
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.shardCapacity(shard),
        UpdateExpression: [
          `SET ${[...(parts.set ?? []), '#kind = :kind', '#shard = :shard'].join(', ')}`,
          ...(parts.add === undefined ? [] : [`ADD ${parts.add.join(', ')}`]),
        ].join(' '),
        ...(parts.condition === undefined ? {} : { ConditionExpression: parts.condition }),
        ExpressionAttributeNames: { ...parts.names, '#kind': 'kind', '#shard': 'shard' },
        ExpressionAttributeValues: { ...parts.values, ':kind': ITEM_KINDS.shard, ':shard': shard },
      }),
    );
  }
}
