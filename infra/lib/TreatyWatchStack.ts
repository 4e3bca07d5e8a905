import type { SubscriptionLimits } from '@treatywatch/core';
import {
  Aws,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AlertsTopic } from './AlertsTopic.js';
import { FUNCTION_NAMES, FUNCTION_SPECS, type FunctionName, TABLE_ACCESS } from './constants.js';
import { FailedWorkQueue } from './FailedWorkQueue.js';
import { OperationsAlarms } from './OperationsAlarms.js';
import { StreamRouting } from './StreamRouting.js';
import { SubscriptionKey } from './SubscriptionKey.js';
import { SweepSchedule } from './SweepSchedule.js';
import { TableAccess } from './TableAccess.js';
import { TreatyApi } from './TreatyApi.js';
import { TreatyFunction } from './TreatyFunction.js';
import { TreatyTable } from './TreatyTable.js';
import { WebhookSecret } from './WebhookSecret.js';

/** Properties of {@link TreatyWatchStack}: the whole configuration, read from context by `bin/app.ts`. */
export interface TreatyWatchStackProps extends StackProps {
  /** Deployment stage, e.g. `prod` or `dev`; tags every resource. */
  readonly stage: string;
  /** Directory holding `<function name>/index.mjs` bundles built by `apps/functions`. */
  readonly bundlesDir: string;
  /** EventBridge Scheduler expression for the sweep, in UTC. */
  readonly sweepSchedule: string;
  /** Keep the table (and its key, secret and logs) against deletion. */
  readonly deletionProtection: boolean;
  /** Receives operations alarms by email when set. */
  readonly operatorEmail?: string;
  /** The account's SMS monthly spend limit in USD, when known: alarms near it. */
  readonly smsMonthlySpendLimit?: number;
  /** Abuse limits of the subscription routes (all finite in a deployment). */
  readonly subscriptionLimits: SubscriptionLimits;
  /** Concurrent executions reserved for, and capping, the public api function. */
  readonly apiReservedConcurrency: number;
  /** How many alert topics (shards) subscriptions are spread over. */
  readonly alertTopicShards: number;
  /** Filter policies SNS allows per topic in this account (200 unless raised). */
  readonly filterPoliciesPerTopic: number;
  /** Filter policies SNS allows in this account (10,000 unless raised). */
  readonly filterPoliciesPerAccount: number;
}

const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * Treaty Watch in one account: the table and its stream consumers, the webhook and
 * public API, the scheduled sweep, the alert topics (shards) and the alarms that watch them.
 */
export class TreatyWatchStack extends Stack {
  readonly functions: Readonly<Record<FunctionName, TreatyFunction>>;

  constructor(scope: Construct, id: string, props: TreatyWatchStackProps) {
    super(scope, id, props);
    Tags.of(this).add('project', 'treatywatch');
    Tags.of(this).add('stage', props.stage);
    const retained = props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // One customer-managed key for data at rest: the table holds subscribers'
    // addresses and phone numbers, and CloudWatch can only publish alarms to an
    // encrypted topic whose key policy lets it (an AWS-managed key's cannot).
    const dataKey = new kms.Key(this, 'DataKey', {
      description: 'Treaty Watch: table, alerts and operations topics',
      enableKeyRotation: true,
      removalPolicy: retained,
    });
    const { table } = new TreatyTable(this, 'Table', {
      encryptionKey: dataKey,
      deletionProtection: props.deletionProtection,
    });
    checkShards(props);
    // Shard 0 keeps the id the single topic had, so an existing stack keeps its subscribers.
    const alertTopics = Array.from(
      { length: props.alertTopicShards },
      (_, shard) =>
        new AlertsTopic(this, shard === 0 ? 'Alerts' : `Alerts${shard}`, {
          masterKey: dataKey,
          logRetention: LOG_RETENTION,
          logRemovalPolicy: retained,
        }).topic,
    );
    const alertTopicArns = alertTopics.map((topic) => topic.topicArn);
    const { secret } = new WebhookSecret(this, 'WebhookSecret', { removalPolicy: retained });
    const { secret: subscriptionKey } = new SubscriptionKey(this, 'SubscriptionKey', {
      removalPolicy: retained,
    });
    for (const limit of [
      props.subscriptionLimits.perSourceIp.requests,
      props.subscriptionLimits.perEndpoint.requests,
      props.subscriptionLimits.verificationSmsPerDay,
    ]) {
      // Lifting the limits is for the local stack's load tests, never a deployment.
      if (!Number.isFinite(limit))
        throw new Error('A deployment must set every subscription limit');
    }
    const { queue: failedWork } = new FailedWorkQueue(this, 'FailedWork');

    const environment = {
      TABLE_NAME: table.tableName,
      ALERT_TOPIC_ARNS: this.toJsonString(alertTopicArns),
      FILTER_POLICIES_PER_TOPIC: String(props.filterPoliciesPerTopic),
      WEBHOOK_SECRET_NAME: secret.secretName,
    };
    const functions = {} as Record<FunctionName, TreatyFunction>;
    for (const name of FUNCTION_NAMES) {
      const spec = FUNCTION_SPECS[name];
      functions[name] = new TreatyFunction(this, spec.id, {
        name,
        bundlesDir: props.bundlesDir,
        description: spec.description,
        memorySize: spec.memorySize,
        timeout: Duration.seconds(spec.timeoutSeconds),
        environment:
          name === 'api'
            ? {
                ...environment,
                SUBSCRIPTION_KEY_SECRET_NAME: subscriptionKey.secretName,
                SUBSCRIPTION_LIMITS: JSON.stringify(props.subscriptionLimits),
              }
            : environment,
        // The public function cannot take the account's whole concurrency, nor be starved of it.
        reservedConcurrentExecutions: name === 'api' ? props.apiReservedConcurrency : undefined,
        logRetention: LOG_RETENTION,
        logRemovalPolicy: retained,
        // Only the sweep is invoked asynchronously (by the scheduler).
        deadLetterQueue: name === 'sweep' ? failedWork : undefined,
      });
      if (name !== 'sweep') {
        Validations.of(functions[name]).acknowledge({
          id: 'Serverless-LambdaDLQ',
          reason:
            'A Lambda dead-letter queue only receives failed asynchronous invocations; this function is invoked synchronously, by API Gateway or by a stream event source mapping whose on-failure destination is the dead-letter queue.',
        });
      }
    }
    this.functions = functions;
    const fn = (name: FunctionName) => this.functions[name].function;

    // Least privilege: each function has one policy on the table, confined to
    // the partitions it needs (TABLE_ACCESS says which and why).
    const tableAccess = {} as Record<FunctionName, TableAccess>;
    for (const name of FUNCTION_NAMES) {
      const role = fn(name).role;
      if (role === undefined) throw new Error(`the ${name} function has no role`);
      tableAccess[name] = new TableAccess(this.functions[name], 'TableAccess', {
        table,
        key: dataKey,
        role,
        access: TABLE_ACCESS[name],
      });
      acknowledgeKeyUse(this.functions[name]);
    }
    secret.grantRead(fn('webhook'));
    subscriptionKey.grantRead(fn('api'));
    for (const topic of alertTopics) {
      topic.grantPublish(fn('on-assessment-change'));
      // Countdown reminders and digests.
      topic.grantPublish(fn('sweep'));
    }
    tableAccess.api.policy.addStatements(...subscriberStatements(alertTopicArns));
    tableAccess.webhook.policy.addStatements(
      new iam.PolicyStatement({
        sid: 'ReadShardCounts',
        actions: ['sns:GetTopicAttributes'],
        resources: alertTopicArns,
      }),
    );
    Validations.of(tableAccess.api).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'SMS to a phone number is an SNS Publish with no resource ARN, so it can only be allowed on "*"; the same policy denies Publish on every topic ARN, which leaves phone numbers only (one-time codes and subscription confirmations).',
    });

    new StreamRouting(this, 'StreamRouting', {
      table,
      onEvent: fn('on-event'),
      onAssessmentChange: fn('on-assessment-change'),
      deadLetterQueue: failedWork,
    });
    new SweepSchedule(this, 'SweepSchedule', {
      sweep: fn('sweep'),
      expression: props.sweepSchedule,
      deadLetterQueue: failedWork,
    });
    const api = new TreatyApi(this, 'HttpApi', {
      webhook: fn('webhook'),
      api: fn('api'),
      logRetention: LOG_RETENTION,
      logRemovalPolicy: retained,
    });
    // SMS alerts end with a short link to the state's page, on the API's own URL.
    fn('on-assessment-change').addEnvironment('SITE_URL', api.stage.url);
    new OperationsAlarms(this, 'Operations', {
      masterKey: dataKey,
      functions: this.functions,
      deadLetterQueue: failedWork,
      alertTopics,
      operatorEmail: props.operatorEmail,
      smsMonthlySpendLimit: props.smsMonthlySpendLimit,
      verificationSmsPerDay: props.subscriptionLimits.verificationSmsPerDay,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: api.stage.url,
      description: 'Base URL of the HTTP API',
    });
    new CfnOutput(this, 'AlertTopicArns', {
      value: this.toJsonString(alertTopicArns),
      description: 'SNS topics subscribers receive alerts from, one per shard, shard 0 first',
    });
    new CfnOutput(this, 'WebhookSecretName', {
      value: secret.secretName,
      description: 'Secrets Manager secret holding the webhook signing key',
    });
  }
}

/**
 * Refuses a shard configuration SNS would not honour: at least one shard, and
 * no more filter policies in all than the account may hold.
 */
function checkShards(props: TreatyWatchStackProps): void {
  const { alertTopicShards: shards, filterPoliciesPerTopic, filterPoliciesPerAccount } = props;
  if (!Number.isInteger(shards) || shards < 1 || shards > 100) {
    throw new Error(`alertTopicShards must be a whole number from 1 to 100, got ${shards}`);
  }
  if (shards * filterPoliciesPerTopic > filterPoliciesPerAccount) {
    throw new Error(
      `${shards} shards × ${filterPoliciesPerTopic} filter policies exceed the account's ${filterPoliciesPerAccount}: raise the account quota (Service Quotas, Amazon SNS) and set filterPoliciesPerAccount, or use fewer shards`,
    );
  }
}

/**
 * What the api function may do on SNS: subscribe endpoints to the alert
 * topics with the three public protocols only, read, refilter and remove
 * those subscriptions, and publish SMS to phone numbers but to no topic.
 */
function subscriberStatements(topicArns: readonly string[]): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      sid: 'SubscribePublicProtocols',
      actions: ['sns:Subscribe'],
      resources: [...topicArns],
      conditions: { StringEquals: { 'sns:Protocol': ['email', 'sms', 'https'] } },
    }),
    new iam.PolicyStatement({
      sid: 'ManageSubscriptions',
      actions: [
        'sns:GetSubscriptionAttributes',
        'sns:SetSubscriptionAttributes',
        'sns:Unsubscribe',
      ],
      resources: [...topicArns],
    }),
    new iam.PolicyStatement({
      sid: 'SmsToPhoneNumbers',
      actions: ['sns:Publish'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'NoPublishToTopics',
      effect: iam.Effect.DENY,
      actions: ['sns:Publish'],
      resources: [`arn:${Aws.PARTITION}:sns:*:*:*`],
    }),
  ];
}

/**
 * Records why the wildcards of a function's use of the customer-managed key
 * are acceptable: on the table (only through DynamoDB) and, for the
 * publisher, on the encrypted alerts topic.
 */
function acknowledgeKeyUse(scope: Construct): void {
  Validations.of(scope).acknowledge(
    {
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        "Use of the customer-managed data key (the table's, only through DynamoDB; the encrypted topic's, for the publisher); the wildcard spans the GenerateDataKey variants and the resource is that one key.",
    },
    {
      id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      reason:
        "Use of the table's customer-managed key, only through DynamoDB (kms:ViaService); the wildcard spans ReEncryptFrom/ReEncryptTo and the resource is that one key.",
    },
  );
}
