import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * The dead-letter queue for work that failed every retry: stream batches the
 * event source mappings gave up on (the message carries the shard and sequence
 * numbers to replay), sweeps the scheduler could not start, and sweep
 * invocations that failed. An alarm fires on its first visible message.
 */
export class FailedWorkQueue extends Construct {
  readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.queue).acknowledge(
      {
        id: 'AwsSolutions-SQS3',
        reason:
          'This queue is itself the dead-letter queue (on-failure destination of the stream mappings, the schedule and the sweep); nothing consumes it automatically, an alarm calls an operator.',
      },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason:
          'This queue is itself the dead-letter queue; a redrive policy on it would only move failures to yet another queue.',
      },
    );
  }
}
