import { TABLE_DEFINITION } from '@treatywatch/aws/table';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { TABLE_LOGICAL_ID, TreatyTable } from '../lib/TreatyTable.js';
import { synthesizeStack } from './helpers/synthesizeStack.js';

const { template } = synthesizeStack();

describe('TreatyTable', () => {
  it('creates exactly one table, under a fixed logical id', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(Object.keys(template.findResources('AWS::DynamoDB::Table'))).toEqual([TABLE_LOGICAL_ID]);
    // Changing this id makes CloudFormation replace the table: a new, empty one.
    expect(TABLE_LOGICAL_ID).toBe('TreatyTable');
  });

  it('keys the table as the shared definition says', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
      ],
    });
  });

  it('bills on demand', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  it('enables point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it('protects the table against deletion and keeps it when the stack goes', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('encrypts with the customer-managed key, which rotates', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] },
      },
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('streams new and old images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('expires items by the TTL attribute', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: {
        AttributeName: TABLE_DEFINITION.timeToLiveAttribute,
        Enabled: true,
      },
    });
  });

  it('has the sparse due index with its keys and full projection', () => {
    const { dueIndex } = TABLE_DEFINITION;
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        {
          IndexName: dueIndex.indexName,
          KeySchema: [
            { AttributeName: dueIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: dueIndex.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: dueIndex.partitionKey.name, AttributeType: 'S' },
        { AttributeName: dueIndex.sortKey.name, AttributeType: 'S' },
      ]),
    });
  });

  it('sets no physical table name', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: Match.absent() });
  });

  it('keeps its logical id wherever the construct sits in the tree', () => {
    const elsewhere = new Stack(new App(), 'Elsewhere');
    new TreatyTable(new Construct(elsewhere, 'Nested'), 'Moved', {
      encryptionKey: new kms.Key(elsewhere, 'Key'),
      deletionProtection: true,
    });
    const ids = Object.keys(Template.fromStack(elsewhere).findResources('AWS::DynamoDB::Table'));
    expect(ids).toEqual([TABLE_LOGICAL_ID]);
  });

  it('turns deletion protection off and lets the table go in a dev stage', () => {
    const dev = synthesizeStack({ stage: 'dev', deletionProtection: false }).template;
    dev.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
      DeletionPolicy: 'Delete',
    });
  });
});
