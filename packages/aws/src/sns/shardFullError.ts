import { FilterPolicyLimitExceededException } from '@aws-sdk/client-sns';
import { ShardFullError } from '@treatywatch/core';

/**
 * SNS's `FilterPolicyLimitExceeded` as the core's `ShardFullError` for
 * `shard`; any other error as it is. The one place where the SNS error is
 * read, for the SNS channel and the local one alike.
 */
export function shardFullError(error: unknown, shard: number): unknown {
  const limitExceeded =
    error instanceof FilterPolicyLimitExceededException ||
    (error instanceof Error && error.name === 'FilterPolicyLimitExceededException');
  return limitExceeded ? new ShardFullError(shard, { cause: error }) : error;
}
