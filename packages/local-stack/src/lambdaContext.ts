import { randomUUID } from 'node:crypto';
import { LOCAL_REGION } from '@treatywatch/emulators';
import type { Context, ScheduledEvent } from 'aws-lambda';

const LOCAL_ACCOUNT = '000000000000';

/**
 * A Lambda invocation context for a handler run in the local stack: a fresh
 * request id and the remaining time counting down from `timeoutMs`.
 */
export function lambdaContext(functionName: string, timeoutMs = 30_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** The EventBridge scheduled event the deployed schedule would send at `time`. */
export function scheduledEvent(time: Date): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT,
    time: time.toISOString(),
    region: LOCAL_REGION,
    resources: [`arn:aws:events:${LOCAL_REGION}:${LOCAL_ACCOUNT}:rule/treatywatch-sweep`],
    detail: {},
  };
}
