import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type {
  Context,
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
} from 'aws-lambda';

/**
 * Runs `recordHandler` on each record of a DynamoDB stream batch, one after the
 * other in stream order (a shard's records are ordered per item, and an alert
 * must not overtake the change before it), and answers the sequence numbers of
 * the records that threw (logged) as `batchItemFailures`. Never throws for a failed
 * record, not even when all fail: Lambda then retries from the first failure.
 *
 * A new processor per batch, so concurrent invocations of one handler (the
 * local stack's pollers) never share its state.
 */
export function processStreamBatch(
  event: DynamoDBStreamEvent,
  recordHandler: (record: DynamoDBRecord) => Promise<void>,
  { logger, context }: { logger: Logger; context?: Context | undefined },
): Promise<DynamoDBBatchResponse> {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const loggedHandler = async (record: DynamoDBRecord): Promise<void> => {
    try {
      await recordHandler(record);
    } catch (error) {
      logger.error('stream record failed; reported for retry', {
        sequenceNumber: record.dynamodb?.SequenceNumber,
        eventName: record.eventName,
        error,
      });
      throw error;
    }
  };
  return processPartialResponse(event, loggedHandler, processor, {
    ...(context ? { context } : {}),
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
}
