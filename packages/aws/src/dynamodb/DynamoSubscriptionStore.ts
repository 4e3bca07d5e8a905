import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Activation,
  NotFoundError,
  type SubscriptionFilter,
  type SubscriptionRecord,
  type SubscriptionStore,
} from '@treatywatch/core';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

const TTL = TABLE_DEFINITION.timeToLiveAttribute;
const epochSeconds = (instant: string): number => Math.floor(Date.parse(instant) / 1_000);

/**
 * Subscription records and endpoint claims on the single table. Removal marks
 * the record (`removedAt`) rather than deleting it, so what was subscribed
 * stays on record; pending records and claims carry the table's TTL
 * attribute, so an abandoned request cleans itself up.
 */
export class DynamoSubscriptionStore implements SubscriptionStore {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async claimEndpoint(key: string, id: string, now: string, until?: string): Promise<boolean> {
    // Timeline of one endpoint's claim:
    //
    //   (none) ──claim──▶ held by A until T ──A verified/confirmed──▶ held by A (no end)
    //                          │                                          │
    //                          └─ after T, or A released it: B may claim  └─ A unsubscribed: released
    const unclaimed = 'attribute_not_exists(#pk)';
    const lapsed = '#expiresAt < :now';
    return this.#conditional(
      new PutCommand({
        TableName: this.#tableName,
        Item: {
          ...itemKeys.endpointClaim(key),
          kind: ITEM_KINDS.endpointClaim,
          subscriptionId: id,
          claimedAt: now,
          ...(until === undefined ? {} : { [TTL]: epochSeconds(until) }),
        },
        ConditionExpression: `${unclaimed} OR ${lapsed}`,
        ExpressionAttributeNames: { '#pk': 'pk', '#expiresAt': TTL },
        ExpressionAttributeValues: { ':now': epochSeconds(now) },
      }),
    );
  }

  async holdEndpoint(key: string, id: string): Promise<void> {
    await this.#conditional(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.endpointClaim(key),
        UpdateExpression: 'REMOVE #expiresAt',
        ConditionExpression: '#subscriptionId = :id',
        ExpressionAttributeNames: { '#expiresAt': TTL, '#subscriptionId': 'subscriptionId' },
        ExpressionAttributeValues: { ':id': id },
      }),
    );
  }

  async releaseEndpoint(key: string, id: string, at: string): Promise<void> {
    // A claim another subscription holds now is not this one's to give up.
    await this.#conditional(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.endpointClaim(key),
        UpdateExpression: 'SET #expiresAt = :at',
        ConditionExpression: '#subscriptionId = :id',
        ExpressionAttributeNames: { '#expiresAt': TTL, '#subscriptionId': 'subscriptionId' },
        ExpressionAttributeValues: { ':id': id, ':at': epochSeconds(at) - 1 },
      }),
    );
  }

  async put(record: SubscriptionRecord): Promise<void> {
    const { expiresAt, ...rest } = record;
    await this.#client.send(
      new PutCommand({
        TableName: this.#tableName,
        Item: {
          ...itemKeys.subscription(record.id),
          kind: ITEM_KINDS.subscription,
          ...rest,
          ...(expiresAt === undefined ? {} : { [TTL]: epochSeconds(expiresAt) }),
        },
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
    const optional = (name: string) => (Item[name] === undefined ? {} : { [name]: Item[name] });
    return {
      id: Item.id,
      protocol: Item.protocol,
      endpointMasked: Item.endpointMasked,
      filter: Item.filter ?? {},
      status: Item.status,
      createdAt: Item.createdAt,
      ...optional('endpointKey'),
      ...optional('tokenHash'),
      ...optional('channelRef'),
      ...optional('endpoint'),
      ...optional('verification'),
      ...optional('shard'),
      ...optional('filterSlot'),
      ...(typeof Item[TTL] === 'number'
        ? { expiresAt: new Date(Item[TTL] * 1_000).toISOString() }
        : {}),
    };
  }

  async recordWrongCode(id: string, maxAttempts: number): Promise<number> {
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: itemKeys.subscription(id),
          UpdateExpression: 'SET #verification.#attempts = #verification.#attempts + :one',
          ConditionExpression: '#status = :pending AND #verification.#attempts < :max',
          ExpressionAttributeNames: {
            '#verification': 'verification',
            '#attempts': 'attempts',
            '#status': 'status',
          },
          ExpressionAttributeValues: {
            ':one': 1,
            ':pending': 'pending-verification',
            ':max': maxAttempts,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const attempts = Number(Attributes?.verification?.attempts ?? maxAttempts);
      if (attempts >= maxAttempts) await this.#setStatus(id, 'pending-verification', 'void');
      return attempts;
    } catch (error) {
      // No longer pending, or out of tries already: as spent as it gets.
      if (isConditionalCheckFailed(error)) return maxAttempts;
      throw error;
    }
  }

  async activate(id: string, codeHash: string, activation: Activation): Promise<boolean> {
    // The endpoint is kept only while it waits for its code; SNS holds it from now on.
    return this.#conditional(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.subscription(id),
        UpdateExpression:
          'SET #status = :active, #channelRef = :channelRef, #tokenHash = :tokenHash, #shard = :shard, #filterSlot = :filterSlot REMOVE #endpoint, #verification, #expiresAt',
        ConditionExpression: '#status = :pending AND #verification.#codeHash = :codeHash',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#channelRef': 'channelRef',
          '#tokenHash': 'tokenHash',
          '#endpoint': 'endpoint',
          '#verification': 'verification',
          '#codeHash': 'codeHash',
          '#expiresAt': TTL,
          '#shard': 'shard',
          '#filterSlot': 'filterSlot',
        },
        ExpressionAttributeValues: {
          ':active': 'active',
          ':pending': 'pending-verification',
          ':channelRef': activation.channelRef,
          ':tokenHash': activation.tokenHash,
          ':codeHash': codeHash,
          ':shard': activation.shard,
          ':filterSlot': activation.filterSlot,
        },
      }),
    );
  }

  async setFilter(id: string, filter: SubscriptionFilter, filterSlot: boolean): Promise<void> {
    await this.#updateLive(
      id,
      'SET #filter = :filter, #filterSlot = :filterSlot',
      { '#filter': 'filter', '#filterSlot': 'filterSlot' },
      { ':filter': filter, ':filterSlot': filterSlot },
    );
  }

  async remove(id: string, at: string): Promise<void> {
    await this.#updateLive(id, 'SET #removedAt = :at', {}, { ':at': at });
  }

  async #updateLive(
    id: string,
    update: string,
    names: Record<string, string>,
    values: Record<string, unknown>,
  ): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: itemKeys.subscription(id),
          UpdateExpression: update,
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#removedAt)',
          ExpressionAttributeNames: { '#pk': 'pk', '#removedAt': 'removedAt', ...names },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new NotFoundError('subscription', id);
      throw error;
    }
  }

  async #setStatus(id: string, from: string, to: string): Promise<void> {
    await this.#conditional(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.subscription(id),
        UpdateExpression: 'SET #status = :to',
        ConditionExpression: '#status = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':from': from, ':to': to },
      }),
    );
  }

  /** Sends a conditional write: true when it was made, false when its condition did not hold. */
  async #conditional(command: PutCommand | UpdateCommand): Promise<boolean> {
    try {
      // Each command class is sent on its own: the client's overloads take one at a time.
      if (command instanceof PutCommand) await this.#client.send(command);
      else await this.#client.send(command);
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
