import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, type SubscriptionRecord, type SubscriptionStore } from '@treatywatch/core';
import { ITEM_KINDS } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

/**
 * Subscription records on the single table. Removal marks the record
 * (`removedAt`) rather than deleting it, so what was subscribed stays on record.
 */
export class DynamoSubscriptionStore implements SubscriptionStore {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async put(record: SubscriptionRecord): Promise<void> {
    await this.#client.send(
      new PutCommand({
        TableName: this.#tableName,
        Item: { ...itemKeys.subscription(record.id), kind: ITEM_KINDS.subscription, ...record },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': 'pk' },
      }),
    );
  }

  async get(id: string): Promise<SubscriptionRecord | null> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: itemKeys.subscription(id),
        ConsistentRead: true,
      }),
    );
    if (Item === undefined || Item.removedAt !== undefined) return null;
    return {
      id: Item.id,
      protocol: Item.protocol,
      endpointMasked: Item.endpointMasked,
      filter: Item.filter ?? {},
      status: Item.status,
      tokenHash: Item.tokenHash,
      createdAt: Item.createdAt,
      channelRef: Item.channelRef,
    };
  }

  async remove(id: string, at: string): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: itemKeys.subscription(id),
          UpdateExpression: 'SET #removedAt = :at',
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#removedAt)',
          ExpressionAttributeNames: { '#pk': 'pk', '#removedAt': 'removedAt' },
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new NotFoundError('subscription', id);
      throw error;
    }
  }
}
