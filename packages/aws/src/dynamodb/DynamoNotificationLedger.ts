import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { LedgerEntry, NotificationLedger } from '@treatywatch/core';
import { ITEM_KINDS, TABLE_DEFINITION } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';

const CLAIMED = 'claimed';
const PUBLISHED = 'published';
const DEFAULT_LIST_LIMIT = 50;

/**
 * The notification ledger on the single table. A change's item goes
 * `claimed` (with a lease that TTL also cleans up) → `published`; a published
 * entry is also copied under `NOTIFICATIONS`, sorted by time, for `list`.
 */
export class DynamoNotificationLedger implements NotificationLedger {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async claim(changeId: string, now: string, leaseSeconds: number): Promise<boolean> {
    const nowSeconds = Math.floor(Date.parse(now) / 1000);
    // Timeline of one change:
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
            ...itemKeys.notification(changeId),
            kind: ITEM_KINDS.notification,
            changeId,
            status: CLAIMED,
            claimedAt: now,
            [TABLE_DEFINITION.timeToLiveAttribute]: nowSeconds + leaseSeconds,
          },
          ConditionExpression: `${neverClaimed} OR ${abandonedClaim}`,
          ExpressionAttributeNames: {
            '#pk': 'pk',
            '#status': 'status',
            '#expiresAt': TABLE_DEFINITION.timeToLiveAttribute,
          },
          ExpressionAttributeValues: { ':claimed': CLAIMED, ':now': nowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async complete(entry: LedgerEntry): Promise<void> {
    const record = {
      changeId: entry.changeId,
      messageId: entry.messageId,
      publishedAt: entry.publishedAt,
      change: entry.change,
    };
    await this.#client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.#tableName,
              Key: itemKeys.notification(entry.changeId),
              // A published entry is a fact: it no longer expires.
              UpdateExpression:
                'SET #status = :published, #messageId = :messageId, #publishedAt = :publishedAt, #change = :change REMOVE #expiresAt',
              ConditionExpression: '#status = :claimed',
              ExpressionAttributeNames: {
                '#status': 'status',
                '#messageId': 'messageId',
                '#publishedAt': 'publishedAt',
                '#change': 'change',
                '#expiresAt': TABLE_DEFINITION.timeToLiveAttribute,
              },
              ExpressionAttributeValues: {
                ':published': PUBLISHED,
                ':claimed': CLAIMED,
                ':messageId': entry.messageId,
                ':publishedAt': entry.publishedAt,
                ':change': entry.change,
              },
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
  }

  async release(changeId: string): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: itemKeys.notification(changeId),
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
}

function toEntry(item: Record<string, unknown>): LedgerEntry {
  return {
    changeId: String(item.changeId),
    messageId: String(item.messageId),
    publishedAt: String(item.publishedAt),
    change: item.change as LedgerEntry['change'],
  };
}
