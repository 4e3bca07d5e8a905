import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** Whether `error` is DynamoDB refusing a write because its condition did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}
