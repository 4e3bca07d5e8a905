import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

/**
 * A DynamoDB Streams handler that reports partial batch failures
 * (`ReportBatchItemFailures`): the failed records' sequence numbers.
 */
export type StreamBatchHandler = (
  event: DynamoDBStreamEvent,
  context?: Context,
) => Promise<DynamoDBBatchResponse>;
