import { METRIC_NAMES } from '@treatywatch/functions/constants';
import { Aws, Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  FUNCTION_NAMES,
  FUNCTION_SPECS,
  type FunctionName,
  OBSERVABILITY,
  VERIFICATION_BUDGET_WARNING,
} from './constants.js';

/** Properties of {@link OperationsAlarms}. */
export interface OperationsAlarmsProps {
  /** Customer-managed key of the ops topic; CloudWatch is allowed to use it. */
  readonly masterKey: kms.IKey;
  readonly functions: Readonly<Record<FunctionName, { readonly function: lambda.IFunction }>>;
  readonly deadLetterQueue: sqs.IQueue;
  /** The alert topics, one per shard. */
  readonly alertTopics: readonly sns.ITopic[];
  /** Subscribed to the ops topic by email when set (the operator confirms it). */
  readonly operatorEmail?: string;
  /** The account's SMS monthly spend limit in USD, if known: an alarm fires at 80 % of it. */
  readonly smsMonthlySpendLimit?: number;
  /** The daily budget of verification SMS: an alarm fires at 80 % of it. */
  readonly verificationSmsPerDay: number;
}

/** Share of the SMS spend limit at which the operator is warned. */
const SMS_SPEND_WARNING = 0.8;

/**
 * What tells an operator something went wrong: failed work in the dead-letter
 * queue, function errors and throttles, alerts SNS could not deliver, failing
 * SMS, and SMS spend nearing the account limit. Every alarm notifies the ops
 * topic (encrypted, TLS only), optionally forwarded to an operator's email.
 */
export class OperationsAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Treaty Watch operations',
      masterKey: props.masterKey,
      enforceSSL: true,
      signatureVersion: '2',
    });
    // CloudWatch publishes alarm notifications as a service principal: it needs the
    // topic policy and the key policy, scoped to alarms of this account.
    const cloudwatchService = new iam.ServicePrincipal('cloudwatch.amazonaws.com').withConditions({
      StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
    });
    this.topic.grantPublish(cloudwatchService);
    if (props.operatorEmail) {
      const operator = this.topic.addSubscription(
        new subscriptions.EmailSubscription(props.operatorEmail),
      );
      Validations.of(operator).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'Alarm emails that cannot be delivered would land in a queue nobody reads, since the operator is the reader; the alarm state and history stay in CloudWatch, and the alarms on the alerts topic cover subscriber deliveries.',
      });
    }
    const action = new actions.SnsAction(this.topic);
    const add = (alarmId: string, alarmProps: cloudwatch.AlarmProps): void => {
      const alarm = new cloudwatch.Alarm(this, alarmId, alarmProps);
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
    };
    const atLeastOnce = {
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };

    add('FailedWork', {
      ...atLeastOnce,
      alarmDescription:
        'Work failed every retry and is in the dead-letter queue: stream records not evaluated or alerts not sent, or a sweep that did not run.',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
    });
    for (const name of FUNCTION_NAMES) {
      const fn = props.functions[name].function;
      const prefix = FUNCTION_SPECS[name].id;
      add(`${prefix}Errors`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} function failed.`,
        metric: fn.metricErrors({ period: Duration.minutes(5) }),
      });
      add(`${prefix}Throttles`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} function was throttled.`,
        metric: fn.metricThrottles({ period: Duration.minutes(5) }),
      });
    }
    props.alertTopics.forEach((topic, shard) => {
      add(shard === 0 ? 'AlertDeliveryFailed' : `AlertDeliveryFailed${shard}`, {
        ...atLeastOnce,
        alarmDescription: `SNS could not deliver an alert to a subscriber of alert topic shard ${shard}.`,
        metric: topic.metricNumberOfNotificationsFailed({ period: Duration.minutes(5) }),
      });
    });
    add('SubscriptionCapacityReached', {
      ...atLeastOnce,
      alarmDescription:
        'A subscription was refused (503) because no alert-topic shard had room for another filter policy. Raise alertTopicShards (and the SNS filter-policy quotas if needed) and deploy.',
      metric: this.#appMetric(METRIC_NAMES.subscriptionCapacityReached, 'api'),
    });
    for (const name of ['api', 'webhook'] as const) {
      add(`${FUNCTION_SPECS[name].id}ServerErrors`, {
        ...atLeastOnce,
        alarmDescription: `The ${name} function answered a request with a 5xx (a bug or an outage); Lambda's Errors metric does not count answered errors.`,
        metric: this.#appMetric(METRIC_NAMES.serverErrors, name),
      });
    }
    // SMS metrics are per account, not per topic.
    add('SmsDeliveryFailing', {
      alarmDescription: 'Fewer than 90 % of SMS alerts reached their phones in the last hour.',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SNS',
        metricName: 'SMSSuccessRate',
        statistic: cloudwatch.Stats.AVERAGE,
        period: Duration.hours(1),
      }),
      threshold: 0.9,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (props.smsMonthlySpendLimit !== undefined) {
      add('SmsSpendNearLimit', {
        alarmDescription: `SMS spend this month passed ${SMS_SPEND_WARNING * 100} % of the ${props.smsMonthlySpendLimit} USD account limit; past the limit SNS stops sending SMS.`,
        metric: new cloudwatch.Metric({
          namespace: 'AWS/SNS',
          metricName: 'SMSMonthToDateSpentUSD',
          statistic: cloudwatch.Stats.MAXIMUM,
          period: Duration.hours(1),
        }),
        threshold: props.smsMonthlySpendLimit * SMS_SPEND_WARNING,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    add('VerificationSmsBudgetNearlySpent', {
      alarmDescription: `Over ${VERIFICATION_BUDGET_WARNING * 100} % of the daily budget of ${props.verificationSmsPerDay} verification SMS went out in the last 24 hours; at the budget new SMS subscriptions are refused (429) until the next UTC day. Pumping, or a deployment that outgrew its budget.`,
      metric: this.#appMetric(METRIC_NAMES.verificationSmsSent, 'api', Duration.days(1)),
      threshold: Math.ceil(props.verificationSmsPerDay * VERIFICATION_BUDGET_WARNING),
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /** A metric one of the functions publishes through Powertools Metrics, summed over `period`. */
  #appMetric(
    metricName: string,
    name: FunctionName,
    period: Duration = Duration.minutes(5),
  ): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: OBSERVABILITY.metricsNamespace,
      metricName,
      // Powertools Metrics' dimensions: the service and the function.
      dimensionsMap: { service: `${OBSERVABILITY.serviceName}-${name}`, function: name },
      statistic: cloudwatch.Stats.SUM,
      period,
    });
  }
}
