import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LOGGED_PROTOCOLS } from '../lib/AlertsTopic.js';
import { logicalIdOf, statementsOfRole, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const alerts = stack.node.findChild('Alerts');
const topicId = logicalIdOf(alerts.node.findChild('Topic'));
const topic = template.toJSON().Resources[topicId];

describe('AlertsTopic', () => {
  it('encrypts messages with the customer-managed key', () => {
    expect(topic.Properties.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/^DataKey/), 'Arn'],
    });
  });

  it('denies publishing without TLS', () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('logs delivery status for every protocol SNS can log, with one role', () => {
    const roleId = logicalIdOf(alerts.node.findChild('DeliveryStatusRole'));
    const configs = topic.Properties.DeliveryStatusLogging as Record<string, unknown>[];
    expect(configs.map((c) => c.Protocol).sort()).toEqual([...LOGGED_PROTOCOLS].sort());
    for (const config of configs) {
      expect(config).toEqual({
        Protocol: expect.any(String),
        SuccessFeedbackRoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
        FailureFeedbackRoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
        SuccessFeedbackSampleRate: '10',
      });
    }
  });

  it('lets only SNS assume the delivery status role, to write only its own log groups', () => {
    const roleId = logicalIdOf(alerts.node.findChild('DeliveryStatusRole'));
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({ Principal: { Service: 'sns.amazonaws.com' }, Effect: 'Allow' }),
        ],
      },
    });
    const resources = statementsOfRole(template, roleId).map((s) => JSON.stringify(s.Resource));
    expect(resources).toHaveLength(1);
    expect(resources[0]).toContain(':log-group:');
    expect(resources[0]).toContain(`"Fn::GetAtt":["${topicId}","TopicName"]`);
  });

  it('creates the delivery status log groups with a retention', () => {
    for (const id of ['SuccessLogs', 'FailureLogs']) {
      expect(
        template.toJSON().Resources[logicalIdOf(alerts.node.findChild(id))].Properties,
      ).toMatchObject({ RetentionInDays: 30 });
    }
  });
});
