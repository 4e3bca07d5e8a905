import type { assessmentFromImage } from '@treatywatch/aws/dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/** An item image as the SDK types it (the adapters' `…FromImage` functions take this). */
export type StreamImage = Parameters<typeof assessmentFromImage>[0];

/**
 * A stream record's new or old image, typed for the adapters. @types/aws-lambda
 * declares its own `AttributeValue`, structurally the same wire format as the
 * SDK's but not assignable to it, hence the one cast here.
 */
export function streamImage(
  record: DynamoDBRecord,
  which: 'NewImage' | 'OldImage',
): StreamImage | undefined {
  return record.dynamodb?.[which] as StreamImage | undefined;
}
