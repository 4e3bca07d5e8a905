import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';

/** Whether `error` is DynamoDB refusing a write because its condition did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}

/**
 * Whether `error` is a transaction cancelled because a condition did not hold
 * (and for no other reason, such as a conflict with another transaction,
 * which is worth retrying).
 */
export function isTransactionConditionFailed(error: unknown): boolean {
  if (!(error instanceof TransactionCanceledException)) return false;
  const reasons = error.CancellationReasons ?? [];
  return (
    reasons.some((reason) => reason.Code === 'ConditionalCheckFailed') &&
    reasons.every((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'None')
  );
}
