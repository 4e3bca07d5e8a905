import {
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { AlertsTopic } from './AlertsTopic.js';
import { FUNCTION_NAMES, FUNCTION_SPECS, type FunctionName } from './constants.js';
import { FailedWorkQueue } from './FailedWorkQueue.js';
import { OperationsAlarms } from './OperationsAlarms.js';
import { StreamRouting } from './StreamRouting.js';
import { SweepSchedule } from './SweepSchedule.js';
import { TreatyApi } from './TreatyApi.js';
import { TreatyFunction } from './TreatyFunction.js';
import { TABLE_LOGICAL_ID, TreatyTable } from './TreatyTable.js';
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
}

const LOG_RETENTION = logs.RetentionDays.ONE_MONTH;

/**
 * Treaty Watch in one account: the table and its stream consumers, the webhook and
 * public API, the scheduled sweep, the alerts topic and the alarms that watch them.
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
    const { topic: alertsTopic } = new AlertsTopic(this, 'Alerts', {
      masterKey: dataKey,
      logRetention: LOG_RETENTION,
      logRemovalPolicy: retained,
    });
    const { secret } = new WebhookSecret(this, 'WebhookSecret', { removalPolicy: retained });
    const { queue: failedWork } = new FailedWorkQueue(this, 'FailedWork');

    const environment = {
      TABLE_NAME: table.tableName,
      TOPIC_ARN: alertsTopic.topicArn,
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
        environment,
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

    // Least privilege, by grants. Every function reads and writes the table:
    // the webhook appends events (and evaluates on POST /evaluate), the stream
    // consumers and the sweep read events and write assessments or the ledger,
    // the api reads statuses and writes subscription records.
    for (const name of FUNCTION_NAMES) {
      table.grantReadWriteData(fn(name));
      acknowledgeTableGrant(this.functions[name]);
    }
    secret.grantRead(fn('webhook'));
    alertsTopic.grantPublish(fn('on-assessment-change'));
    alertsTopic.grants.subscribe(fn('api'));
    alertsTopic.grants.actions(fn('api'), ['sns:Unsubscribe']);

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
    new OperationsAlarms(this, 'Operations', {
      masterKey: dataKey,
      functions: this.functions,
      deadLetterQueue: failedWork,
      alertsTopic,
      operatorEmail: props.operatorEmail,
      smsMonthlySpendLimit: props.smsMonthlySpendLimit,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: api.stage.url,
      description: 'Base URL of the HTTP API',
    });
    new CfnOutput(this, 'AlertsTopicArn', {
      value: alertsTopic.topicArn,
      description: 'SNS topic subscribers receive alerts from',
    });
    new CfnOutput(this, 'WebhookSecretName', {
      value: secret.secretName,
      description: 'Secrets Manager secret holding the webhook signing key',
    });
  }
}

/** Records why the wildcards of a table grant (on the encrypted table) are acceptable. */
function acknowledgeTableGrant(scope: Construct): void {
  Validations.of(scope).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::<${TABLE_LOGICAL_ID}.Arn>/index/*]`,
      reason:
        "The table grant covers the table's indexes; the only one is `due`, which the sweep and the use cases query.",
    },
    {
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        "The table grant adds use of the table's customer-managed key; the wildcard spans the GenerateDataKey variants and the resource is that one key.",
    },
    {
      id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
      reason:
        "The table grant adds use of the table's customer-managed key; the wildcard spans ReEncryptFrom/ReEncryptTo and the resource is that one key.",
    },
  );
}
