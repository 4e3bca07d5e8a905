import { DEFAULT_SUBSCRIPTION_LIMITS } from '@treatywatch/core';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_TOPIC_SHARDS,
  DEFAULT_API_RESERVED_CONCURRENCY,
  FUNCTION_NAMES,
  type FunctionName,
} from '../lib/constants.js';
import {
  actionsOf,
  logicalIdOf,
  type PolicyStatement,
  statementsOfRole,
  synthesizeStack,
} from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const topicId = logicalIdOf(stack.node.findChild('Alerts').node.findChild('Topic'));
/** The alert topics, one per shard, shard 0 first (its id is the single topic's of old). */
const shardTopicIds = Array.from({ length: DEFAULT_ALERT_TOPIC_SHARDS }, (_, shard) =>
  logicalIdOf(
    stack.node.findChild(shard === 0 ? 'Alerts' : `Alerts${shard}`).node.findChild('Topic'),
  ),
);
const shardTopicRefs = shardTopicIds.map((id) => ({ Ref: id }));
const secretId = logicalIdOf(stack.node.findChild('WebhookSecret').node.findChild('Secret'));
const subscriptionKeyId = logicalIdOf(
  stack.node.findChild('SubscriptionKey').node.findChild('Secret'),
);

/** Statements of a function's role. */
function statementsOf(name: FunctionName): PolicyStatement[] {
  const role = stack.functions[name].function.role;
  if (!role) throw new Error(`${name} has no role`);
  return statementsOfRole(template, logicalIdOf(role));
}

/** The statements of each IAM policy attached to a function's role. */
function policiesOf(name: FunctionName): PolicyStatement[][] {
  const role = stack.functions[name].function.role;
  if (!role) throw new Error(`${name} has no role`);
  const roleId = logicalIdOf(role);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((p) => (p.Properties.Roles as { Ref?: string }[]).some((r) => r.Ref === roleId))
    .map((p) => p.Properties.PolicyDocument.Statement as PolicyStatement[]);
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

  it('never lets a function manage the table', () => {
    const actions = allStatements.flatMap(actionsOf);
    expect(actions.filter((a) => /^dynamodb:(Create|Delete|Update)Table/.test(a))).toEqual([]);
  });

  it('gives each function one policy on the table’s items', () => {
    for (const name of FUNCTION_NAMES) {
      // The stream consumers' stream grants (on the StreamArn) live elsewhere.
      const tablePolicies = policiesOf(name).filter((statements) =>
        statements.some((s) => JSON.stringify(s.Resource).includes('["TreatyTable","Arn"]')),
      );
      expect(tablePolicies, name).toHaveLength(1);
    }
  });

  it.each([
    ['webhook', ['STATE#*', 'STATES', 'EVENTID#*', 'SHARDS'], ['STATE#*', 'STATES', 'EVENTID#*']],
    ['on-event', ['STATE#*', 'STATES'], ['STATE#*']],
    ['on-assessment-change', ['NOTIFY#*', 'NOTIFICATIONS'], ['NOTIFY#*', 'NOTIFICATIONS']],
    ['sweep', ['STATE#*', 'STATES', 'NOTIFY#*', 'NOTIFICATIONS'], ['STATE#*', 'NOTIFY#*']],
    [
      'api',
      ['STATE#*', 'STATES', 'NOTIFICATIONS', 'SUB#*', 'SHARDS'],
      ['SUB#*', 'ENDPOINT#*', 'LIMIT#*', 'SHARDS', 'TESTALERT#*'],
    ],
  ] as const)('confines %s to the partitions it reads and writes', (name, reads, writes) => {
    const leadingKeys = (sid: string) =>
      statementsOf(name)
        .filter((s) => s.Sid === sid)
        .map((s) => s.Condition)[0];
    expect(leadingKeys('ReadItsPartitions')).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': reads },
    });
    expect(leadingKeys('WriteItsPartitions')).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': writes },
    });
  });

  it('allows no DynamoDB action on the table without a partition condition', () => {
    for (const name of FUNCTION_NAMES) {
      const onTable = statementsOf(name).filter(
        (s) =>
          s.Effect === 'Allow' &&
          actionsOf(s).some((a) => a.startsWith('dynamodb:')) &&
          JSON.stringify(s.Resource) === JSON.stringify({ 'Fn::GetAtt': ['TreatyTable', 'Arn'] }),
      );
      expect(onTable.length, name).toBe(2);
      for (const statement of onTable) expect(statement.Condition).toBeDefined();
    }
  });

  it('lets no function scan, and only the ledger’s publishers delete an item', () => {
    expect(functionsAllowed('dynamodb:Scan')).toEqual([]);
    expect(functionsAllowed('dynamodb:DeleteItem')).toEqual(['on-assessment-change', 'sweep']);
  });

  it('lets the api write no event, assessment or ledger item', () => {
    const writes = statementsOf('api').filter((s) => s.Sid === 'WriteItsPartitions');
    expect(writes.flatMap(actionsOf).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(JSON.stringify(writes)).not.toMatch(/STATE#|NOTIF|EVENTID/);
  });

  it('lets only the sweep query the due index', () => {
    const onIndex = FUNCTION_NAMES.filter((name) =>
      statementsOf(name).some((s) => JSON.stringify(s.Resource).includes('/index/due')),
    );
    expect(onIndex).toEqual(['sweep']);
  });

  it('lets functions use the table’s key only through DynamoDB', () => {
    for (const name of FUNCTION_NAMES) {
      const key = statementsOf(name).find((s) => s.Sid === 'TableKeyThroughDynamoDB');
      expect(key?.Condition, name).toEqual({
        StringEquals: {
          'kms:ViaService': {
            'Fn::Join': ['', ['dynamodb.', { Ref: 'AWS::Region' }, '.amazonaws.com']],
          },
        },
      });
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

  it('lets only on-assessment-change (alerts) and the sweep (reminders, digests) publish to the alert topics, every shard', () => {
    for (const ref of shardTopicRefs) {
      const publishers = FUNCTION_NAMES.filter((name) =>
        statementsOf(name).some(
          (s) =>
            s.Effect === 'Allow' &&
            actionsOf(s).includes('sns:Publish') &&
            JSON.stringify(s.Resource) === JSON.stringify(ref),
        ),
      );
      expect(publishers, ref.Ref).toEqual(['on-assessment-change', 'sweep']);
    }
  });

  it('creates 8 alert topics by default, and as many as alertTopicShards says', () => {
    expect(new Set(shardTopicIds).size).toBe(8);
    const { stack: four } = synthesizeStack({ alertTopicShards: 4 });
    const fourIds = [0, 1, 2, 3].map((shard) =>
      logicalIdOf(
        four.node.findChild(shard === 0 ? 'Alerts' : `Alerts${shard}`).node.findChild('Topic'),
      ),
    );
    expect(fourIds[0]).toBe(topicId);
    expect(four.node.tryFindChild('Alerts4')).toBeUndefined();
  });

  it('refuses more filter policies than the account may hold, and a shard count out of range', () => {
    expect(() => synthesizeStack({ alertTopicShards: 51 })).toThrow(
      /51 shards × 200 filter policies exceed the account's 10000/,
    );
    expect(() =>
      synthesizeStack({ alertTopicShards: 51, filterPoliciesPerAccount: 20_000 }),
    ).not.toThrow();
    expect(() => synthesizeStack({ alertTopicShards: 0 })).toThrow(/alertTopicShards/);
  });

  it('gives the functions every shard’s topic ARN, shard 0 first, and the per-topic quota', () => {
    const api = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: 'Public status, feeds and subscriptions' },
    });
    const [variables] = Object.values(api).map((f) => f.Properties.Environment.Variables);
    expect(variables.FILTER_POLICIES_PER_TOPIC).toBe('200');
    const joined = JSON.stringify(variables.ALERT_TOPIC_ARNS);
    const positions = shardTopicIds.map((id) => joined.indexOf(`"${id}"`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lets the webhook read every shard’s subscription counts, and nothing else on SNS', () => {
    const sns = statementsOf('webhook').filter((s) =>
      actionsOf(s).some((a) => a.startsWith('sns:')),
    );
    expect(sns).toEqual([
      {
        Sid: 'ReadShardCounts',
        Effect: 'Allow',
        Action: 'sns:GetTopicAttributes',
        Resource: shardTopicRefs,
      },
    ]);
  });

  it('lets only the api publish SMS, to phone numbers and to no topic', () => {
    expect(functionsAllowed('sns:Publish')).toEqual(['on-assessment-change', 'sweep', 'api']);
    const publish = statementsOf('api').filter((s) => actionsOf(s).includes('sns:Publish'));
    expect(publish).toEqual([
      { Sid: 'SmsToPhoneNumbers', Effect: 'Allow', Action: 'sns:Publish', Resource: '*' },
      {
        Sid: 'NoPublishToTopics',
        Effect: 'Deny',
        Action: 'sns:Publish',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':sns:*:*:*']] },
      },
    ]);
  });

  it('lets the api subscribe only email, sms and https endpoints, to the alert topics only', () => {
    expect(functionsAllowed('sns:Subscribe')).toEqual(['api']);
    const subscribe = statementsOf('api').filter((s) => actionsOf(s).includes('sns:Subscribe'));
    expect(subscribe).toEqual([
      {
        Sid: 'SubscribePublicProtocols',
        Effect: 'Allow',
        Action: 'sns:Subscribe',
        Resource: shardTopicRefs,
        Condition: { StringEquals: { 'sns:Protocol': ['email', 'sms', 'https'] } },
      },
    ]);
  });

  it('lets only the api read, refilter and end subscriptions, on the alert topics only', () => {
    for (const action of [
      'sns:Unsubscribe',
      'sns:GetSubscriptionAttributes',
      'sns:SetSubscriptionAttributes',
    ]) {
      expect(functionsAllowed(action), action).toEqual(['api']);
    }
    const manage = statementsOf('api').filter((s) => s.Sid === 'ManageSubscriptions');
    expect(manage.map((s) => s.Resource)).toEqual([shardTopicRefs]);
  });

  it('signs every topic’s messages with SHA256 (signature version 2)', () => {
    const topics = Object.values(template.findResources('AWS::SNS::Topic'));
    expect(topics.length).toBeGreaterThanOrEqual(2);
    for (const topic of topics) expect(topic.Properties.SignatureVersion).toBe('2');
  });

  it('lets only the api read the subscription key, and only that secret', () => {
    expect(
      FUNCTION_NAMES.filter((name) =>
        statementsOf(name).some(
          (s) =>
            actionsOf(s).includes('secretsmanager:GetSecretValue') &&
            JSON.stringify(s.Resource) === JSON.stringify({ Ref: subscriptionKeyId }),
        ),
      ),
    ).toEqual(['api']);
  });

  it('gives the api its limits and the subscription key’s name', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: DEFAULT_API_RESERVED_CONCURRENCY,
      Environment: {
        Variables: Match.objectLike({
          SUBSCRIPTION_KEY_SECRET_NAME: Match.anyValue(),
          SUBSCRIPTION_LIMITS: JSON.stringify(DEFAULT_SUBSCRIPTION_LIMITS),
        }),
      },
    });
  });

  it('reserves concurrency for the api function only', () => {
    const reserved = Object.values(template.findResources('AWS::Lambda::Function')).filter(
      (f) => f.Properties.ReservedConcurrentExecutions !== undefined,
    );
    expect(reserved).toHaveLength(1);
    expect(reserved[0]?.Properties.Description).toBe('Public status, feeds and subscriptions');
  });

  it('refuses to deploy with a limit lifted', () => {
    expect(() =>
      synthesizeStack({
        subscriptionLimits: { ...DEFAULT_SUBSCRIPTION_LIMITS, verificationSmsPerDay: Infinity },
      }),
    ).toThrow(/must set every subscription limit/);
  });

  it('lets only the webhook read the signing key, and only that secret', () => {
    expect(functionsAllowed('secretsmanager:GetSecretValue')).toEqual(['webhook', 'api']);
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

  it('outputs the API URL, the alert topics’ ARNs and the secret name', () => {
    template.hasOutput('ApiUrl', {
      Value: {
        'Fn::Join': [
          '',
          Match.arrayWith(['https://', Match.objectLike({ Ref: Match.anyValue() })]),
        ],
      },
    });
    template.hasOutput('AlertTopicArns', { Value: Match.anyValue() });
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
