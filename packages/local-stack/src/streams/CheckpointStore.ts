import { JsonFile } from '../state/JsonFile.js';

/** How far a poller got in one shard. */
export interface ShardCheckpoint {
  /** The last sequence number processed (or skipped after its retries ran out). */
  readonly sequenceNumber?: string;
  /** The shard is closed and every record in it was processed. */
  readonly closed?: boolean;
}

/**
 * Per-shard checkpoints of one stream poller, so a restart on the same data
 * directory resumes after the last processed record instead of replaying the
 * stream. Kept in memory when `path` is undefined.
 */
export class CheckpointStore {
  readonly #file: JsonFile<Record<string, ShardCheckpoint>>;

  constructor(path: string | undefined) {
    this.#file = new JsonFile(path, {});
  }

  get(streamArn: string, shardId: string): ShardCheckpoint {
    return this.#file.value[key(streamArn, shardId)] ?? {};
  }

  put(streamArn: string, shardId: string, checkpoint: ShardCheckpoint): void {
    this.#file.write({ ...this.#file.value, [key(streamArn, shardId)]: checkpoint });
  }
}

function key(streamArn: string, shardId: string): string {
  return `${streamArn} ${shardId}`;
}
