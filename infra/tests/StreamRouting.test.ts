import { STREAM_FILTERS } from '@treatywatch/aws/table';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { STREAM_RETRY } from '../lib/constants.js';
import { logicalIdOf, synthesizeStack } from './helpers/synthesizeStack.js';

const { template, stack } = synthesizeStack();
const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).map(
  (resource) => resource.Properties,
);

/** The mapping feeding `name`. */
function mappingOf(name: 'on-event' | 'on-assessment-change') {
  const functionId = logicalIdOf(stack.functions[name].function);
  const found = mappings.filter((m) => m.FunctionName?.Ref === functionId);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('StreamRouting', () => {
  it('maps the table stream to exactly the two consumers', () => {
    expect(mappings).toHaveLength(2);
    for (const mapping of mappings) {
      expect(mapping.EventSourceArn).toEqual({ 'Fn::GetAtt': ['TreatyTable', 'StreamArn'] });
    }
  });

  it('routes new event items to on-event with the shared filter', () => {
    expect(mappingOf('on-event').FilterCriteria).toEqual({
      Filters: [{ Pattern: JSON.stringify(STREAM_FILTERS.events) }],
    });
  });

  it('routes written assessment items to on-assessment-change with the shared filter', () => {
    expect(mappingOf('on-assessment-change').FilterCriteria).toEqual({
      Filters: [{ Pattern: JSON.stringify(STREAM_FILTERS.assessmentChanges) }],
    });
  });

  it('routes new test-alert requests to on-assessment-change, the function that may publish', () => {
    const [filter] = (
      mappingOf('on-assessment-change').FilterCriteria as { Filters: { Pattern: string }[] }
    ).Filters;
    expect(JSON.parse(filter?.Pattern ?? '{}')).toEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { kind: { S: ['assessment', 'test-alert'] } } },
    });
    expect(JSON.stringify(mappingOf('on-event').FilterCriteria)).not.toContain('test-alert');
  });

  it.each(['on-event', 'on-assessment-change'] as const)(
    'reports partial failures, bisects and bounds retries for %s',
    (name) => {
      expect(mappingOf(name)).toMatchObject({
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: STREAM_RETRY.retryAttempts,
        MaximumRecordAgeInSeconds: STREAM_RETRY.maxRecordAgeHours * 3600,
        StartingPosition: 'TRIM_HORIZON',
      });
    },
  );

  it.each(['on-event', 'on-assessment-change'] as const)(
    'sends what %s gave up on to the dead-letter queue',
    (name) => {
      const queueId = logicalIdOf(stack.node.findChild('FailedWork').node.findChild('Queue'));
      expect(mappingOf(name).DestinationConfig).toEqual({
        OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } },
      });
    },
  );

  it('keeps the dead-letter queue encrypted, TLS-only and for two weeks', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });
});
