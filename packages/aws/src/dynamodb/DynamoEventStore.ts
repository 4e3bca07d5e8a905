import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type NativeAttributeValue,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { AppendResult, EventStore } from '@treatywatch/core';
import { compareEvents, type TreatyEvent } from '@treatywatch/rules';
import { ITEM_KINDS } from '../table/tableDefinition.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { eventFromItem, toEventItem } from './eventItem.js';
import { itemKeys } from './itemKeys.js';
import { queryAll } from './queryAll.js';
import { statesWithEvents } from './statesWithEvents.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Events per transaction: 2 items each plus one state marker each stays within the 100-item limit. */
const EVENTS_PER_TRANSACTION = 33;
/** Keys per BatchGetItem request, DynamoDB's limit. */
const KEYS_PER_BATCH_GET = 100;
/** Rounds of re-requesting keys DynamoDB left unprocessed before giving up. */
const MAX_UNPROCESSED_ROUNDS = 10;
/** Retries of a transaction that lost a race with another one on the same items. */
const MAX_CONFLICT_RETRIES = 10;

/**
 * Append-only event store on the single table. Each event is written in one
 * transaction with its `event-id` guard item, both conditional on not existing,
 * so an id is stored once across all states; a cancelled condition means a
 * duplicate, reported and not thrown.
 */
export class DynamoEventStore implements EventStore {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;

  constructor(options: DynamoTableOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
  }

  async append(events: readonly TreatyEvent[]): Promise<AppendResult> {
    const recorded: string[] = [];
    const duplicates: string[] = [];
    const unique = new Map<string, TreatyEvent>();
    for (const event of events) {
      if (unique.has(event.id)) duplicates.push(event.id);
      else unique.set(event.id, event);
    }
    const all = [...unique.values()];
    for (let i = 0; i < all.length; i += EVENTS_PER_TRANSACTION) {
      const outcome = await this.#appendChunk(all.slice(i, i + EVENTS_PER_TRANSACTION));
      recorded.push(...outcome.recorded);
      duplicates.push(...outcome.duplicates);
    }
    return { recorded, duplicates };
  }

  async listByState(state: string): Promise<TreatyEvent[]> {
    const events: TreatyEvent[] = [];
    const items = queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: {
        ':pk': itemKeys.statePartition(state),
        ':prefix': itemKeys.eventPrefix,
      },
      ConsistentRead: true,
    });
    for await (const item of items) {
      const event = eventFromItem(item);
      if (event !== null) events.push(event);
    }
    // The sort key orders by date; ties between types follow the rules' order.
    return events.sort(compareEvents);
  }

  listStates(): Promise<string[]> {
    return statesWithEvents(this.#client, this.#tableName);
  }

  /** Reads the `event-id` guard items, which carry each event's state: one key per id, no scan. */
  async statesOf(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const states = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += KEYS_PER_BATCH_GET) {
      let keys: Record<string, NativeAttributeValue>[] | undefined = unique
        .slice(i, i + KEYS_PER_BATCH_GET)
        .map((id) => itemKeys.eventIdGuard(id));
      for (let round = 0; keys !== undefined && keys.length > 0; round += 1) {
        if (round >= MAX_UNPROCESSED_ROUNDS) throw new Error('DynamoDB left event ids unread');
        const page: BatchGetCommandOutput = await this.#client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.#tableName]: {
                Keys: keys,
                ProjectionExpression: '#pk, #state',
                ExpressionAttributeNames: { '#pk': 'pk', '#state': 'state' },
                ConsistentRead: true,
              },
            },
          }),
        );
        for (const item of page.Responses?.[this.#tableName] ?? []) {
          const id = String(item.pk).slice(GUARD_PREFIX.length);
          if (typeof item.state === 'string') states.set(id, item.state);
        }
        keys = page.UnprocessedKeys?.[this.#tableName]?.Keys;
      }
    }
    return states;
  }

  /** Writes the chunk; events whose condition failed are duplicates, the rest are retried until written. */
  async #appendChunk(chunk: readonly TreatyEvent[]): Promise<AppendResult> {
    const duplicates: string[] = [];
    let pending = [...chunk];
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const outcome = await this.#tryTransaction(pending);
      if (outcome === 'written') return { recorded: pending.map((e) => e.id), duplicates };
      if (outcome.conditionFailed.size === 0) {
        // Cancelled only by a concurrent transaction on the same items: try the same set again.
        if (attempt >= MAX_CONFLICT_RETRIES) throw outcome.error;
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
        continue;
      }
      duplicates.push(...pending.filter((e) => outcome.conditionFailed.has(e.id)).map((e) => e.id));
      pending = pending.filter((e) => !outcome.conditionFailed.has(e.id));
    }
    return { recorded: [], duplicates };
  }

  async #tryTransaction(
    events: readonly TreatyEvent[],
  ): Promise<'written' | { conditionFailed: Set<string>; error: Error }> {
    const owners: (string | null)[] = [];
    const items: TransactItem[] = [];
    const isNew = 'attribute_not_exists(#pk)';
    for (const event of events) {
      items.push(
        {
          Put: {
            TableName: this.#tableName,
            Item: toEventItem(event),
            ConditionExpression: isNew,
            ExpressionAttributeNames: { '#pk': 'pk' },
          },
        },
        {
          Put: {
            TableName: this.#tableName,
            Item: {
              ...itemKeys.eventIdGuard(event.id),
              kind: ITEM_KINDS.eventId,
              state: event.state,
              date: event.date,
            },
            ConditionExpression: isNew,
            ExpressionAttributeNames: { '#pk': 'pk' },
          },
        },
      );
      owners.push(event.id, event.id);
    }
    for (const state of new Set(events.map((e) => e.state))) {
      items.push({
        Put: {
          TableName: this.#tableName,
          Item: { ...itemKeys.stateMarker(state), kind: ITEM_KINDS.state, state },
        },
      });
      owners.push(null);
    }
    try {
      await this.#client.send(new TransactWriteCommand({ TransactItems: items }));
      return 'written';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === null) throw error;
      const conditionFailed = new Set<string>();
      reasons.forEach((reason, i) => {
        const owner = owners[i];
        if (reason.Code === 'ConditionalCheckFailed' && owner) conditionFailed.add(owner);
      });
      const unexpected = reasons.some(
        (r) =>
          r.Code !== undefined &&
          !['None', 'ConditionalCheckFailed', 'TransactionConflict'].includes(r.Code),
      );
      if (unexpected) throw error;
      return { conditionFailed, error: error as Error };
    }
  }
}

/** What `itemKeys.eventIdGuard` puts before an event's id in `pk`. */
const GUARD_PREFIX = itemKeys.eventIdGuard('').pk;

function cancellationReasons(error: unknown): { Code?: string }[] | null {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return null;
  const reasons = (error as Error & { CancellationReasons?: { Code?: string }[] })
    .CancellationReasons;
  return Array.isArray(reasons) ? reasons : null;
}
