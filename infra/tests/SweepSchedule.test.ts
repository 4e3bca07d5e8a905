import { Match } from 'aws-cdk-lib/assertions';
import { describe, it } from 'vitest';
import { logicalIdOf, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();

describe('SweepSchedule', () => {
  it('runs the sweep daily at 00:05 UTC by default', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(5 0 * * ? *)',
      ScheduleExpressionTimezone: 'Etc/UTC',
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [logicalIdOf(stack.functions.sweep.function), 'Arn'] },
      }),
    });
  });

  it('retries a bounded number of times, then dead-letters', () => {
    const queueId = logicalIdOf(stack.node.findChild('FailedWork').node.findChild('Queue'));
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: Match.objectLike({
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      }),
    });
  });

  it('takes the schedule from configuration', () => {
    synthesizeStack({ sweepSchedule: 'rate(6 hours)' }).template.hasResourceProperties(
      'AWS::Scheduler::Schedule',
      { ScheduleExpression: 'rate(6 hours)' },
    );
  });
});
