import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Properties of {@link SweepSchedule}. */
export interface SweepScheduleProps {
  readonly sweep: lambda.IFunction;
  /** An EventBridge Scheduler expression, evaluated in UTC, e.g. `cron(5 0 * * ? *)`. */
  readonly expression: string;
  /** Where invocations the scheduler could not deliver go. */
  readonly deadLetterQueue: sqs.IQueue;
}

/**
 * Runs the sweep on a schedule, in UTC: notice periods expire on calendar dates,
 * so once a day just after midnight finds every status the calendar changed.
 */
export class SweepSchedule extends Construct {
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: SweepScheduleProps) {
    super(scope, id);
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Lets EventBridge Scheduler start the Treaty Watch sweep',
    });
    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: 'Treaty Watch: evaluate the assessments whose review date has come',
      schedule: scheduler.ScheduleExpression.expression(props.expression, TimeZone.ETC_UTC),
      target: new targets.LambdaInvoke(props.sweep, {
        role,
        deadLetterQueue: props.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
      }),
    });
    const sweepLogicalId = Stack.of(this).getLogicalId(
      props.sweep.node.defaultChild as lambda.CfnFunction,
    );
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${sweepLogicalId}.Arn>:*]`,
      reason:
        'The scheduler target grant covers the sweep function and its versions and aliases (`<arn>:*`); it names no other function.',
    });
  }
}
