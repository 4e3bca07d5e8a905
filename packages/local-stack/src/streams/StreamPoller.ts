import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  ListStreamsCommand,
  type Shard,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import { STREAM_BATCH_SIZE } from '@treatywatch/aws/table';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { DevLog } from '../DevLog.js';
import { PollingLoop } from '../PollingLoop.js';
import type { CheckpointStore } from './CheckpointStore.js';
import { type FilterPattern, matchesAnyFilterPattern } from './matchesFilterPattern.js';
import { toLambdaStreamRecord } from './toLambdaStreamRecord.js';

/** A function fed by a stream poller, shaped like a Lambda handler for DynamoDB streams. */
export type StreamHandler = (
  event: DynamoDBStreamEvent,
) => Promise<DynamoDBBatchResponse | undefined>;

/** Options of a `StreamPoller`, those of an event source mapping. */
export interface StreamPollerOptions {
  readonly client: DynamoDBStreamsClient;
  readonly tableName: string;
  readonly region: string;
  /** The function's name, for the log. */
  readonly name: string;
  readonly handler: StreamHandler;
  /** Filter criteria: a record reaches the handler when it matches any pattern. */
  readonly filters: readonly FilterPattern[];
  readonly checkpoints: CheckpointStore;
  readonly log: DevLog;
  /** Most records read per GetRecords call, as the mapping's `BatchSize`. Default `STREAM_BATCH_SIZE`. */
  readonly batchSize?: number;
  /** Attempts after the first before a failing batch is skipped. Default 3. */
  readonly maxRetries?: number;
  /** Pause between polls of an idle stream. Default 100 ms (Lambda polls a shard about four times a second). */
  readonly pollIntervalMs?: number;
}

interface ShardState {
  iterator?: string;
  retry?: { readonly sequenceNumber: string; attempts: number };
}

const DESCRIBE_INTERVAL_MS = 1_000;

/**
 * Reads a table's stream through the DynamoDB Streams API the way Lambda's
 * event source mapping does, and feeds a handler:
 * - an iterator per shard; a child shard is read only once its parent is
 *   closed and drained, so a state's records stay in order across splits;
 * - at most `batchSize` records per read; records that match none of the
 *   filter patterns are dropped (and count as processed), as with filter
 *   criteria;
 * - a partial batch failure (`batchItemFailures`) resumes the shard at the
 *   first failed sequence number; after `maxRetries` the batch is logged and
 *   skipped;
 * - the last processed sequence number is checkpointed per shard, so a
 *   restart resumes after it instead of replaying the stream.
 */
export class StreamPoller {
  readonly #options: Required<StreamPollerOptions>;
  readonly #shards = new Map<string, ShardState>();
  #streamArn: string | undefined;
  #shardList: Shard[] = [];
  #describedAt = 0;
  readonly #loop: PollingLoop;

  constructor(options: StreamPollerOptions) {
    this.#options = {
      batchSize: STREAM_BATCH_SIZE,
      maxRetries: 3,
      pollIntervalMs: 100,
      ...options,
    };
    this.#loop = new PollingLoop({
      round: () => this.pollOnce(),
      intervalMs: this.#options.pollIntervalMs,
      onError: (error) =>
        this.#options.log.error(`${this.#options.name}: stream read failed: ${describe(error)}`),
    });
  }

  /** Starts polling in the background. */
  start(): void {
    this.#loop.start();
  }

  /** Stops polling and resolves once the batch in flight, if any, is done. */
  stop(): Promise<void> {
    return this.#loop.stop();
  }

  /** Polls every readable shard once; true when any record was read. Exposed for tests. */
  async pollOnce(): Promise<boolean> {
    const streamArn = await this.#stream();
    if (streamArn === undefined) return false;
    if (Date.now() - this.#describedAt >= DESCRIBE_INTERVAL_MS) await this.#describe(streamArn);
    let readAny = false;
    for (const shard of this.#readableShards(streamArn)) {
      if (this.#loop.stopping) break;
      readAny = (await this.#pollShard(streamArn, shard)) || readAny;
    }
    return readAny;
  }

  async #stream(): Promise<string | undefined> {
    if (this.#streamArn !== undefined) return this.#streamArn;
    const { Streams = [] } = await this.#options.client.send(
      new ListStreamsCommand({ TableName: this.#options.tableName }),
    );
    // The newest stream is the one the table writes to now.
    const latest = [...Streams].sort((a, b) =>
      (a.StreamLabel ?? '').localeCompare(b.StreamLabel ?? ''),
    );
    this.#streamArn = latest.at(-1)?.StreamArn;
    return this.#streamArn;
  }

  async #describe(streamArn: string): Promise<void> {
    const shards: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.#options.client.send(
        new DescribeStreamCommand({
          StreamArn: streamArn,
          ExclusiveStartShardId: exclusiveStartShardId,
        }),
      );
      shards.push(...(StreamDescription?.Shards ?? []));
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId !== undefined);
    this.#shardList = shards;
    this.#describedAt = Date.now();
  }

  // Open shards, and closed ones not yet drained, whose parent (if still listed) is drained.
  #readableShards(streamArn: string): string[] {
    const listed = new Set(this.#shardList.map((shard) => shard.ShardId));
    const done = (shardId: string): boolean =>
      this.#options.checkpoints.get(streamArn, shardId).closed === true;
    return this.#shardList
      .filter((shard) => shard.ShardId !== undefined && !done(shard.ShardId))
      .filter(
        (shard) =>
          shard.ParentShardId === undefined ||
          !listed.has(shard.ParentShardId) ||
          done(shard.ParentShardId),
      )
      .map((shard) => shard.ShardId as string);
  }

  async #iterator(
    streamArn: string,
    shardId: string,
    state: ShardState,
  ): Promise<string | undefined> {
    if (state.iterator !== undefined) return state.iterator;
    const { sequenceNumber } = this.#options.checkpoints.get(streamArn, shardId);
    const type: ShardIteratorType =
      sequenceNumber === undefined ? 'TRIM_HORIZON' : 'AFTER_SEQUENCE_NUMBER';
    state.iterator = await this.#shardIterator(streamArn, shardId, type, sequenceNumber);
    return state.iterator;
  }

  async #shardIterator(
    streamArn: string,
    shardId: string,
    type: ShardIteratorType,
    sequenceNumber?: string,
  ): Promise<string | undefined> {
    const { ShardIterator } = await this.#options.client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: type,
        SequenceNumber: sequenceNumber,
      }),
    );
    return ShardIterator;
  }

  async #pollShard(streamArn: string, shardId: string): Promise<boolean> {
    const state = this.#shards.get(shardId) ?? {};
    this.#shards.set(shardId, state);
    const iterator = await this.#iterator(streamArn, shardId, state);
    if (iterator === undefined) return false;

    let response: GetRecordsCommandOutput;
    try {
      response = await this.#getRecords(iterator);
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'ExpiredIteratorException') {
        state.iterator = undefined;
        return false;
      }
      if (name === 'TrimmedDataAccessException') {
        // The checkpoint is older than the stream's retention: start from the oldest record kept.
        state.iterator = await this.#shardIterator(streamArn, shardId, 'TRIM_HORIZON');
        return false;
      }
      throw error;
    }

    const raw = response.Records ?? [];
    const source = { streamArn, region: this.#options.region };
    const records = raw.map((record) => toLambdaStreamRecord(record, source));
    const lastSequence = records.at(-1)?.dynamodb?.SequenceNumber;
    const selected = records.filter((record) =>
      matchesAnyFilterPattern(this.#options.filters, record),
    );

    const firstFailed = selected.length > 0 ? await this.#invoke(selected) : undefined;
    if (firstFailed !== undefined && !this.#exhausted(state, firstFailed, selected)) {
      // Resume at the first failed record, as the event source mapping does.
      const index = records.findIndex((r) => r.dynamodb?.SequenceNumber === firstFailed);
      const before = records[index - 1]?.dynamodb?.SequenceNumber;
      if (before !== undefined) this.#checkpoint(streamArn, shardId, { sequenceNumber: before });
      state.iterator = await this.#shardIterator(
        streamArn,
        shardId,
        'AT_SEQUENCE_NUMBER',
        firstFailed,
      );
      await this.#loop.sleep(backoffMs(state.retry?.attempts ?? 1));
      return true;
    }

    state.retry = undefined;
    state.iterator = response.NextShardIterator;
    if (lastSequence !== undefined) {
      this.#checkpoint(streamArn, shardId, { sequenceNumber: lastSequence });
    }
    if (response.NextShardIterator === undefined || response.NextShardIterator === null) {
      // Closed and drained: children may be read now.
      this.#checkpoint(streamArn, shardId, {
        ...this.#options.checkpoints.get(streamArn, shardId),
        closed: true,
      });
      this.#shards.delete(shardId);
      this.#describedAt = 0;
    }
    return raw.length > 0;
  }

  #getRecords(iterator: string): Promise<GetRecordsCommandOutput> {
    return this.#options.client.send(
      new GetRecordsCommand({ ShardIterator: iterator, Limit: this.#options.batchSize }),
    );
  }

  /** Calls the handler; the first failed sequence number, or undefined when all succeeded. */
  async #invoke(records: DynamoDBRecord[]): Promise<string | undefined> {
    const first = records[0]?.dynamodb?.SequenceNumber;
    try {
      const response = await this.#options.handler({ Records: records });
      const failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      if (failed.size === 0) return undefined;
      const firstFailed = records.find((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
      // An identifier that names no record of the batch fails the whole batch, as on Lambda.
      return firstFailed?.dynamodb?.SequenceNumber ?? first;
    } catch (error) {
      this.#options.log.error(`${this.#options.name}: handler failed: ${describe(error)}`);
      return first;
    }
  }

  /** Counts an attempt at `sequenceNumber`; true (and logged) when the retries are used up. */
  #exhausted(state: ShardState, sequenceNumber: string, records: DynamoDBRecord[]): boolean {
    if (state.retry?.sequenceNumber === sequenceNumber) state.retry.attempts += 1;
    else state.retry = { sequenceNumber, attempts: 1 };
    if (state.retry.attempts <= this.#options.maxRetries) {
      this.#options.log.warn(
        `${this.#options.name}: record ${sequenceNumber} failed, retry ${state.retry.attempts} of ${this.#options.maxRetries}`,
      );
      return false;
    }
    const skipped = records
      .map((r) => r.dynamodb?.SequenceNumber ?? '')
      .filter((s) => BigInt(s || '0') >= BigInt(sequenceNumber));
    this.#options.log.error(
      `${this.#options.name}: giving up after ${this.#options.maxRetries} retries; skipping records ${skipped.join(', ')}`,
    );
    return true;
  }

  #checkpoint(
    streamArn: string,
    shardId: string,
    checkpoint: { sequenceNumber?: string; closed?: boolean },
  ): void {
    this.#options.checkpoints.put(streamArn, shardId, checkpoint);
  }
}

function backoffMs(attempt: number): number {
  return Math.min(5_000, 100 * 2 ** attempt);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
