import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, type FunctionName } from '../lib/constants.js';
import {
  actionsOf,
  logicalIdOf,
  type PolicyStatement,
  statementsOfRole,
  synthesizeStack,
} from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const topicId = logicalIdOf(stack.node.findChild('Alerts').node.findChild('Topic'));
const secretId = logicalIdOf(stack.node.findChild('WebhookSecret').node.findChild('Secret'));

/** Statements of a function's role. */
function statementsOf(name: FunctionName): PolicyStatement[] {
  const role = stack.functions[name].function.role;
  if (!role) throw new Error(`${name} has no role`);
  return statementsOfRole(template, logicalIdOf(role));
}

/** Names of the functions whose role is allowed `action`. */
function functionsAllowed(action: string): FunctionName[] {
  return FUNCTION_NAMES.filter((name) =>
    statementsOf(name).some((s) => s.Effect === 'Allow' && actionsOf(s).includes(action)),
  );
}

/** Every statement of every IAM policy in the template. */
const allStatements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
  (policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[],
);

describe('TreatyWatchStack', () => {
  it('grants no wildcard action on DynamoDB or SNS anywhere', () => {
    expect(allStatements.length).toBeGreaterThan(10);
    const wildcards = allStatements
      .flatMap(actionsOf)
      .filter((action) => action === '*' || /^(dynamodb|sns):.*\*/.test(action));
    expect(wildcards).toEqual([]);
  });

  it('grants no action at all on the table or the topic through a wildcard', () => {
    const onTableOrTopic = allStatements.filter((s) => {
      const resource = JSON.stringify(s.Resource);
      return resource.includes('"TreatyTable"') || resource.includes(`"${topicId}"`);
    });
    expect(onTableOrTopic.length).toBeGreaterThan(0);
    for (const statement of onTableOrTopic) {
      expect(actionsOf(statement).filter((action) => action.includes('*'))).toEqual([]);
    }
  });

  it('lets every function read and write table items, never manage the table', () => {
    for (const name of FUNCTION_NAMES) {
      const actions = statementsOf(name).flatMap(actionsOf);
      expect(actions).toEqual(
        expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem']),
      );
      expect(actions.filter((a) => /^dynamodb:(Create|Delete|Update)Table/.test(a))).toEqual([]);
    }
  });

  it('lets only the stream consumers read the stream', () => {
    expect(functionsAllowed('dynamodb:DescribeStream')).toEqual([
      'on-event',
      'on-assessment-change',
    ]);
    for (const name of ['on-event', 'on-assessment-change'] as const) {
      const describeStream = statementsOf(name).filter((s) =>
        actionsOf(s).includes('dynamodb:DescribeStream'),
      );
      expect(describeStream.map((s) => s.Resource)).toEqual([
        { 'Fn::GetAtt': ['TreatyTable', 'StreamArn'] },
      ]);
    }
  });

  it('lets only on-assessment-change publish, and only to the alerts topic', () => {
    expect(functionsAllowed('sns:Publish')).toEqual(['on-assessment-change']);
    const publish = statementsOf('on-assessment-change').filter((s) =>
      actionsOf(s).includes('sns:Publish'),
    );
    expect(publish).toEqual([
      { Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: topicId } },
    ]);
  });

  it('lets only the api subscribe and unsubscribe, on the alerts topic only', () => {
    expect(functionsAllowed('sns:Subscribe')).toEqual(['api']);
    expect(functionsAllowed('sns:Unsubscribe')).toEqual(['api']);
    const subscription = statementsOf('api').filter((s) =>
      actionsOf(s).some((a) => a === 'sns:Subscribe' || a === 'sns:Unsubscribe'),
    );
    for (const statement of subscription) {
      expect(statement.Resource).toEqual({ Ref: topicId });
    }
  });

  it('lets only the webhook read the signing key, and only that secret', () => {
    expect(functionsAllowed('secretsmanager:GetSecretValue')).toEqual(['webhook']);
    const read = statementsOf('webhook').filter((s) =>
      actionsOf(s).includes('secretsmanager:GetSecretValue'),
    );
    expect(read.map((s) => s.Resource)).toEqual([{ Ref: secretId }]);
  });

  it('generates the signing key rather than templating it', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
      SecretString: Match.absent(),
      Name: Match.absent(),
    });
  });

  it('outputs the API URL, the alerts topic ARN and the secret name', () => {
    template.hasOutput('ApiUrl', {
      Value: {
        'Fn::Join': [
          '',
          Match.arrayWith(['https://', Match.objectLike({ Ref: Match.anyValue() })]),
        ],
      },
    });
    template.hasOutput('AlertsTopicArn', { Value: { Ref: topicId } });
    template.hasOutput('WebhookSecretName', { Value: Match.anyValue() });
  });

  it('tags its resources with the stage', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      Tags: Match.arrayWith([{ Key: 'stage', Value: 'prod' }]),
    });
  });

  it('hard-codes no physical name', () => {
    // An HTTP API's name is a label, not a unique identifier.
    const resources = template.toJSON().Resources as Record<
      string,
      { Type: string; Properties?: Record<string, unknown> }
    >;
    const nameKeys = [
      'TableName',
      'FunctionName',
      'TopicName',
      'QueueName',
      'RoleName',
      'LogGroupName',
      'Name',
    ];
    const named = Object.entries(resources)
      .filter(([, r]) => r.Type !== 'AWS::ApiGatewayV2::Api')
      .flatMap(([id, r]) =>
        nameKeys
          .filter((key) => typeof r.Properties?.[key] === 'string')
          .map((key) => `${id}.${key}`),
      );
    expect(named).toEqual([]);
  });
});
