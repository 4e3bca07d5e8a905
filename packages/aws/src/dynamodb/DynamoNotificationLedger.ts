import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LedgerEntry, NotificationLedger } from '@treatywatch/core';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import {
  isConditionalCheckFailed,
  isTransactionConditionFailed,
} from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';
import { queryAll } from './queryAll.js';

const CLAIMED = 'claimed';
const PUBLISHED = 'published';
const DEFAULT_LIST_LIMIT = 50;
const TTL = TABLE_DEFINITION.timeToLiveAttribute;

/**
 * The notification ledger on the single table. Each (change, shard) has its
 * own item in the change's partition (`NOTIFY#<id>` / `SHARD#0003`), going
 * `claimed` (with a lease that TTL also cleans up) → `published`. Once every
 * shard is published, the change's own item (`NOTIFY`) is written
 * `published`, together with a copy under `NOTIFICATIONS`, sorted by time,
 * for `list`, in one transaction conditional on the change not being
 * recorded yet.
 */
export class DynamoNotificationLedger implements NotificationLedger {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async claim(
    changeId: string,
    shard: number,
    now: string,
    leaseSeconds: number,
  ): Promise<boolean> {
    const nowSeconds = Math.floor(Date.parse(now) / 1000);
    // Timeline of one (change, shard):
    //
    //   (nothing) ──claim──▶ claimed, lease until T ──complete──▶ published (final)
    //                              │
    //                              └─ publisher died: after T the claim may be taken again
    const neverClaimed = 'attribute_not_exists(#pk)';
    const abandonedClaim = '(#status = :claimed AND #expiresAt < :now)';
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: {
            ...itemKeys.notificationShard(changeId, shard),
            kind: ITEM_KINDS.notification,
            changeId,
            shard,
            status: CLAIMED,
            claimedAt: now,
            [TTL]: nowSeconds + leaseSeconds,
          },
          ConditionExpression: `${neverClaimed} OR ${abandonedClaim}`,
          ExpressionAttributeNames: { '#pk': 'pk', '#status': 'status', '#expiresAt': TTL },
          ExpressionAttributeValues: { ':claimed': CLAIMED, ':now': nowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async complete(changeId: string, shard: number, messageId: string, at: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: itemKeys.notificationShard(changeId, shard),
        // A publication is a fact: it no longer expires.
        UpdateExpression:
          'SET #status = :published, #messageId = :messageId, #publishedAt = :at REMOVE #expiresAt',
        ConditionExpression: '#status = :claimed',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#messageId': 'messageId',
          '#publishedAt': 'publishedAt',
          '#expiresAt': TTL,
        },
        ExpressionAttributeValues: {
          ':published': PUBLISHED,
          ':claimed': CLAIMED,
          ':messageId': messageId,
          ':at': at,
        },
      }),
    );
  }

  async release(changeId: string, shard: number): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: itemKeys.notificationShard(changeId, shard),
          // Never undo a publication, only a claim.
          ConditionExpression: '#status = :claimed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claimed': CLAIMED },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async publishedShards(changeId: string): Promise<ReadonlyMap<number, string>> {
    const shards = new Map<number, string>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :shard)',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
          ExpressionAttributeValues: {
            ':pk': itemKeys.notification(changeId).pk,
            ':shard': itemKeys.shardPrefix,
          },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        if (item.status === PUBLISHED) shards.set(Number(item.shard), String(item.messageId));
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return shards;
  }

  async completeChange(entry: LedgerEntry): Promise<boolean> {
    const record = {
      changeId: entry.changeId,
      messageIds: [...entry.messageIds],
      publishedAt: entry.publishedAt,
      change: entry.change,
    };
    try {
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...itemKeys.notification(entry.changeId),
                  kind: ITEM_KINDS.notification,
                  status: PUBLISHED,
                  ...record,
                },
                // A change-level claim left by an earlier, unsharded version may be overwritten.
                ConditionExpression: 'attribute_not_exists(#pk) OR #status = :claimed',
                ExpressionAttributeNames: { '#pk': 'pk', '#status': 'status' },
                ExpressionAttributeValues: { ':claimed': CLAIMED },
              },
            },
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...itemKeys.notificationLog(entry.publishedAt, entry.changeId),
                  kind: ITEM_KINDS.notification,
                  status: PUBLISHED,
                  ...record,
                },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (isTransactionConditionFailed(error)) return false;
      throw error;
    }
  }

  async get(changeId: string): Promise<LedgerEntry | null> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: itemKeys.notification(changeId),
        ConsistentRead: true,
      }),
    );
    return Item?.status === PUBLISHED ? toEntry(Item) : null;
  }

  async list(limit = DEFAULT_LIST_LIMIT): Promise<LedgerEntry[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'pk' },
        ExpressionAttributeValues: { ':pk': itemKeys.notificationLogPartition },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(toEntry);
  }

  /** Reads the log's partition between two instants (its sort key starts with `publishedAt`). */
  async listBetween(from: string, to: string): Promise<LedgerEntry[]> {
    const entries: LedgerEntry[] = [];
    const items = queryAll(this.#client, {
      TableName: this.#tableName,
      // `<publishedAt>#<id>` sorts after `from` from that instant on, and before `to` until it.
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: {
        ':pk': itemKeys.notificationLogPartition,
        ':from': from,
        ':to': to,
      },
    });
    for await (const item of items) {
      if (String(item.publishedAt) < to) entries.push(toEntry(item));
    }
    return entries;
  }
}

function toEntry(item: Record<string, unknown>): LedgerEntry {
  // Entries written before alerts were sharded carry one `messageId`.
  const messageIds = Array.isArray(item.messageIds)
    ? item.messageIds.map(String)
    : [String(item.messageId)];
  return {
    changeId: String(item.changeId),
    messageIds,
    publishedAt: String(item.publishedAt),
    change: item.change as LedgerEntry['change'],
  };
}
