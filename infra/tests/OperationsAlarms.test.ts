import { DEFAULT_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES } from '../lib/constants.js';
import { logicalIdOf, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const operations = stack.node.findChild('Operations');
const opsTopicId = logicalIdOf(operations.node.findChild('Topic'));
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
  (alarm) => alarm.Properties,
);

/** Alarms on `metricName`, with the dimension value they watch. */
function alarmsOn(metricName: string): Record<string, unknown>[] {
  return alarms.filter((alarm) => alarm.MetricName === metricName);
}

describe('OperationsAlarms', () => {
  it('notifies the ops topic from every alarm', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: opsTopicId }]);
    }
  });

  it('alarms on the first message in the dead-letter queue', () => {
    const queueId = logicalIdOf(stack.node.findChild('FailedWork').node.findChild('Queue'));
    expect(alarmsOn('ApproximateNumberOfMessagesVisible')).toEqual([
      expect.objectContaining({
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    ]);
  });

  it.each(['Errors', 'Throttles'])('alarms on %s of each function', (metricName) => {
    const watched = alarmsOn(metricName).map(
      (alarm) => (alarm.Dimensions as { Value: { Ref: string } }[])[0]?.Value.Ref,
    );
    expect(watched.sort()).toEqual(
      FUNCTION_NAMES.map((name) => logicalIdOf(stack.functions[name].function)).sort(),
    );
  });

  it('alarms on alerts SNS failed to deliver, on every shard', () => {
    const shardIds = Array.from({ length: 8 }, (_, shard) =>
      logicalIdOf(
        stack.node.findChild(shard === 0 ? 'Alerts' : `Alerts${shard}`).node.findChild('Topic'),
      ),
    );
    expect(alarmsOn('NumberOfNotificationsFailed')).toEqual(
      shardIds.map((id) =>
        expect.objectContaining({
          Namespace: 'AWS/SNS',
          Dimensions: [{ Name: 'TopicName', Value: { 'Fn::GetAtt': [id, 'TopicName'] } }],
          Threshold: 1,
        }),
      ),
    );
  });

  it('alarms on the first subscription refused for capacity, and on any answered 5xx', () => {
    expect(alarmsOn('SubscriptionCapacityReached')).toEqual([
      expect.objectContaining({
        Namespace: 'TreatyWatch',
        Dimensions: expect.arrayContaining([{ Name: 'function', Value: 'api' }]),
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }),
    ]);
    const watched = alarmsOn('ServerErrors').map((alarm) =>
      (alarm.Dimensions as { Name: string; Value: string }[]).find((d) => d.Name === 'function'),
    );
    expect(watched).toEqual([
      { Name: 'function', Value: 'api' },
      { Name: 'function', Value: 'webhook' },
    ]);
  });

  it('alarms on a falling SMS success rate', () => {
    expect(alarmsOn('SMSSuccessRate')).toEqual([
      expect.objectContaining({
        Namespace: 'AWS/SNS',
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'notBreaching',
      }),
    ]);
  });

  it('watches SMS spend only when the limit is known, at 80 % of it', () => {
    expect(alarmsOn('SMSMonthToDateSpentUSD')).toEqual([]);
    const limited = synthesizeStack({ smsMonthlySpendLimit: 50 }).template;
    limited.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'SMSMonthToDateSpentUSD',
      Threshold: 40,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('encrypts the ops topic, requires TLS and lets CloudWatch of this account publish', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'Treaty Watch operations',
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: opsTopicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: Match.arrayWith(['kms:Decrypt']),
          }),
        ]),
      },
    });
  });

  it('subscribes the operator email only when given', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    synthesizeStack({ operatorEmail: 'ops@example.org' }).template.hasResourceProperties(
      'AWS::SNS::Subscription',
      { Protocol: 'email', Endpoint: 'ops@example.org', TopicArn: { Ref: Match.anyValue() } },
    );
  });

  it('alarms when 80 % of the daily verification-SMS budget went out in 24 hours', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'TreatyWatch',
      MetricName: 'VerificationSmsSent',
      Dimensions: Match.arrayWith([
        { Name: 'function', Value: 'api' },
        { Name: 'service', Value: 'treatywatch-api' },
      ]),
      Statistic: 'Sum',
      Period: 86_400,
      Threshold: DEFAULT_SUBSCRIPTION_LIMITS.verificationSmsPerDay * 0.8,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });
});
