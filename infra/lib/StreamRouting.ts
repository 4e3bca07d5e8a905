import { STREAM_BATCH_SIZE, STREAM_FILTERS } from '@treatywatch/aws/table';
import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { STREAM_RETRY } from './constants.js';

/** Properties of {@link StreamRouting}. */
export interface StreamRoutingProps {
  readonly table: dynamodb.ITable;
  /** Receives new event items. */
  readonly onEvent: lambda.IFunction;
  /** Receives written assessment items. */
  readonly onAssessmentChange: lambda.IFunction;
  /** Where batches that exhausted their retries are recorded. */
  readonly deadLetterQueue: sqs.IQueue;
}

/**
 * The two event source mappings on the table's stream, filtered by the shared
 * {@link STREAM_FILTERS} so that each function only ever sees its own item kind.
 *
 * Both start at TRIM_HORIZON: a record written before a mapping existed (first
 * deploy, or a mapping re-created) is still evaluated or alerted on, and both
 * consumers are idempotent, so reading older records again is harmless.
 * Handlers report partial batch failures; a failing batch is halved until the
 * bad record is alone, retried a bounded number of times, and then its location
 * goes to the dead-letter queue, so one bad record never blocks its shard.
 */
export class StreamRouting extends Construct {
  constructor(scope: Construct, id: string, props: StreamRoutingProps) {
    super(scope, id);
    const common = {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: STREAM_BATCH_SIZE,
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: STREAM_RETRY.retryAttempts,
      maxRecordAge: Duration.hours(STREAM_RETRY.maxRecordAgeHours),
      onFailure: new sources.SqsDlq(props.deadLetterQueue),
    };
    props.onEvent.addEventSource(
      new sources.DynamoEventSource(props.table, {
        ...common,
        filters: [lambda.FilterCriteria.filter(STREAM_FILTERS.events)],
      }),
    );
    props.onAssessmentChange.addEventSource(
      new sources.DynamoEventSource(props.table, {
        ...common,
        filters: [lambda.FilterCriteria.filter(STREAM_FILTERS.assessmentChanges)],
      }),
    );
    for (const consumer of [props.onEvent, props.onAssessmentChange]) {
      if (consumer.role) {
        Validations.of(consumer.role).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason:
            "The stream read grant includes dynamodb:ListStreams, which supports no resource-level permissions; reading records is scoped to this table's stream.",
        });
      }
    }
  }
}
