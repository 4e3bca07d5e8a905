import {
  type _Record,
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

/** A Lambda filter-criteria pattern over a stream record (the subset `STREAM_FILTERS` uses). */
type FilterPattern = { readonly [key: string]: readonly string[] | FilterPattern };

function matches(value: unknown, pattern: FilterPattern | readonly string[]): boolean {
  if (Array.isArray(pattern)) return typeof value === 'string' && pattern.includes(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(pattern).every(([key, inner]) =>
    matches((value as Record<string, unknown>)[key], inner),
  );
}

/**
 * Reads a table's stream through DynamoDB Local's Streams API
 * (DescribeStream, GetShardIterator, GetRecords), the way Lambda's event source
 * mapping does, and hands back only records not read before, as Lambda's
 * `DynamoDBRecord`s.
 */
export class StreamReader {
  readonly #client: DynamoDBStreamsClient;
  readonly #streamArn: string;
  readonly #iterators = new Map<string, string | null>();

  constructor(client: DynamoDBStreamsClient, streamArn: string) {
    this.#client = client;
    this.#streamArn = streamArn;
  }

  /** Records written since the last call, in shard order. */
  async next(): Promise<DynamoDBRecord[]> {
    const { StreamDescription } = await this.#client.send(
      new DescribeStreamCommand({ StreamArn: this.#streamArn }),
    );
    const records: DynamoDBRecord[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId;
      if (shardId === undefined) continue;
      let iterator = this.#iterators.get(shardId);
      if (iterator === null) continue;
      if (iterator === undefined) {
        ({ ShardIterator: iterator } = await this.#client.send(
          new GetShardIteratorCommand({
            StreamArn: this.#streamArn,
            ShardId: shardId,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        ));
      }
      while (iterator) {
        const page: GetRecordsCommandOutput = await this.#client.send(
          new GetRecordsCommand({ ShardIterator: iterator }),
        );
        records.push(...(page.Records ?? []).map((r) => this.#toLambdaRecord(r)));
        const nextIterator: string | undefined = page.NextShardIterator;
        if ((page.Records ?? []).length === 0 || nextIterator === undefined) {
          iterator = nextIterator ?? null;
          break;
        }
        iterator = nextIterator;
      }
      this.#iterators.set(shardId, iterator ?? null);
    }
    return records;
  }

  /** The next records that pass `filter`, as the event Lambda would deliver. */
  async nextEvent(filter: FilterPattern): Promise<DynamoDBStreamEvent> {
    const records = await this.next();
    return { Records: records.filter((record) => matches(record, filter)) };
  }

  #toLambdaRecord(record: _Record): DynamoDBRecord {
    const data = record.dynamodb ?? {};
    const created = data.ApproximateCreationDateTime;
    // The SDK and @types/aws-lambda declare the same wire format with different types.
    const image = (value: unknown) => value as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];
    return {
      eventID: record.eventID ?? '',
      eventName: record.eventName as DynamoDBRecord['eventName'],
      eventVersion: record.eventVersion ?? '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: record.awsRegion ?? 'us-east-1',
      eventSourceARN: this.#streamArn,
      dynamodb: {
        ...(created ? { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) } : {}),
        ...(data.Keys ? { Keys: image(data.Keys) } : {}),
        ...(data.NewImage ? { NewImage: image(data.NewImage) } : {}),
        ...(data.OldImage ? { OldImage: image(data.OldImage) } : {}),
        ...(data.SequenceNumber ? { SequenceNumber: data.SequenceNumber } : {}),
        ...(data.SizeBytes === undefined ? {} : { SizeBytes: data.SizeBytes }),
        ...(data.StreamViewType
          ? { StreamViewType: data.StreamViewType as 'NEW_AND_OLD_IMAGES' }
          : {}),
      },
    };
  }
}
