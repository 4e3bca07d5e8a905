import { Aws, Fn, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** Properties of {@link AlertsTopic}. */
export interface AlertsTopicProps {
  /** Customer-managed key: SNS encrypts messages at rest with it. */
  readonly masterKey: kms.IKey;
  readonly logRetention: logs.RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

/**
 * Protocols whose deliveries SNS can log per topic. Email and SMS are not among
 * them: SMS delivery logging is an account setting (`SetSMSAttributes`), email
 * has none.
 */
export const LOGGED_PROTOCOLS = [
  sns.LoggingProtocol.HTTP,
  sns.LoggingProtocol.SQS,
  sns.LoggingProtocol.LAMBDA,
  sns.LoggingProtocol.FIREHOSE,
  sns.LoggingProtocol.APPLICATION,
] as const;

/**
 * The topic subscribers' alerts go through: encrypted with a customer-managed key,
 * TLS required of every publisher, and delivery status logged (every failure, a
 * tenth of the successes) for the protocols that support it.
 */
export class AlertsTopic extends Construct {
  readonly topic: sns.Topic;

  constructor(scope: Construct, id: string, props: AlertsTopicProps) {
    super(scope, id);
    const feedbackRole = new iam.Role(this, 'DeliveryStatusRole', {
      assumedBy: new iam.ServicePrincipal('sns.amazonaws.com'),
      description: 'Lets SNS log delivery status of Treaty Watch alerts',
    });
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Treaty Watch',
      masterKey: props.masterKey,
      enforceSSL: true,
      // SHA256 signatures on the messages SNS sends (confirmations to https endpoints included).
      signatureVersion: '2',
      loggingConfigs: LOGGED_PROTOCOLS.map((protocol) => ({
        protocol,
        successFeedbackRole: feedbackRole,
        failureFeedbackRole: feedbackRole,
        successFeedbackSampleRate: 10,
      })),
    });

    // SNS writes to log groups it names after the topic. Creating them here gives
    // them a retention; otherwise SNS would create them to keep logs forever.
    const prefix = Fn.join('/', ['sns', Aws.REGION, Aws.ACCOUNT_ID, this.topic.topicName]);
    for (const [logId, name] of [
      ['SuccessLogs', prefix],
      ['FailureLogs', Fn.join('/', [prefix, 'Failure'])],
    ] as const) {
      new logs.LogGroup(this, logId, {
        logGroupName: name,
        retention: props.logRetention,
        removalPolicy: props.logRemovalPolicy,
      });
    }
    // No L2 grant exists for SNS delivery feedback; this is the permission set the
    // SNS guide documents, narrowed from "*" to this topic's own log groups.
    feedbackRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: [
          'logs:CreateLogGroup',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'logs:PutMetricFilter',
          'logs:PutRetentionPolicy',
        ],
        resources: [
          Fn.join('', [
            `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:`,
            prefix,
            '*',
          ]),
        ],
      }),
    );
    const topicLogicalId = Stack.of(this).getLogicalId(
      this.topic.node.defaultChild as sns.CfnTopic,
    );
    Validations.of(feedbackRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:sns/<AWS::Region>/<AWS::AccountId>/<${topicLogicalId}.TopicName>*]`,
      reason:
        "SNS names delivery-status log groups and streams after the topic (`<topic>` and `<topic>/Failure`); the wildcard covers only this topic's groups and their streams.",
    });
  }
}
