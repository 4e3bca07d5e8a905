import { join } from 'node:path';
import { type Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type FunctionName, OBSERVABILITY } from './constants.js';

/** Properties of {@link TreatyFunction}. */
export interface TreatyFunctionProps {
  /** Which handler: its bundle is `<bundlesDir>/<name>/index.mjs`. */
  readonly name: FunctionName;
  /** Directory holding the esbuild output of `apps/functions`. */
  readonly bundlesDir: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Variables besides the Powertools and Node.js ones set here. */
  readonly environment: Record<string, string>;
  readonly logRetention: logs.RetentionDays;
  /** What happens to the log group when the stack is deleted. */
  readonly logRemovalPolicy: RemovalPolicy;
  /** Where asynchronous invocations that failed every retry go (only the scheduled sweep is invoked so). */
  readonly deadLetterQueue?: sqs.IQueue;
  /** Concurrent executions reserved for the function, which are also its ceiling. */
  readonly reservedConcurrentExecutions?: number;
}

/**
 * One handler of `apps/functions` as a Lambda function: the newest Node.js runtime,
 * arm64, its own log group with a retention, X-Ray tracing, and a role that holds
 * nothing but write access to that log group until the stack grants it more.
 */
export class TreatyFunction extends Construct {
  readonly function: lambda.Function;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: TreatyFunctionProps) {
    super(scope, id);
    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: props.logRetention,
      removalPolicy: props.logRemovalPolicy,
    });
    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log
    // permissions apply to every log group in the account.
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Treaty Watch ${props.name} function`,
    });
    this.logGroup.grantWrite(role);
    this.function = new lambda.Function(this, 'Function', {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(join(props.bundlesDir, props.name)),
      handler: 'index.handler',
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      deadLetterQueue: props.deadLetterQueue,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: `${OBSERVABILITY.serviceName}-${props.name}`,
        POWERTOOLS_METRICS_NAMESPACE: OBSERVABILITY.metricsNamespace,
        POWERTOOLS_LOG_LEVEL: OBSERVABILITY.logLevel,
        NODE_OPTIONS: '--enable-source-maps',
      },
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing grants xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html).',
    });
  }
}
