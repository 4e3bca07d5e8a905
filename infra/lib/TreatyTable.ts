import { TABLE_DEFINITION } from '@treatywatch/aws/table';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** Properties of {@link TreatyTable}. */
export interface TreatyTableProps {
  /** Customer-managed key for encryption at rest. */
  readonly encryptionKey: kms.IKey;
  /** Refuse `DeleteTable` (and CloudFormation replacement) while on. */
  readonly deletionProtection: boolean;
}

/**
 * Logical id of the table resource, fixed so that refactoring the construct tree
 * never makes CloudFormation replace (and so empty) the table.
 */
export const TABLE_LOGICAL_ID = 'TreatyTable';

/**
 * The single table, created from the shared {@link TABLE_DEFINITION} so the CDK stack
 * and the local stack agree on keys, the `due` index, the stream and the TTL attribute.
 */
export class TreatyTable extends Construct {
  /** The DynamoDB table. */
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: TreatyTableProps) {
    super(scope, id);
    const { partitionKey, sortKey, dueIndex } = TABLE_DEFINITION;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: partitionKey.name, type: dynamodb.AttributeType.STRING },
      sortKey: { name: sortKey.name, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.encryptionKey,
      stream: dynamodb.StreamViewType[TABLE_DEFINITION.stream],
      timeToLiveAttribute: TABLE_DEFINITION.timeToLiveAttribute,
      // Facts are append-only and never lost: keep the table when the stack goes,
      // unless the stage said its data is disposable.
      removalPolicy: props.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: dueIndex.indexName,
      partitionKey: { name: dueIndex.partitionKey.name, type: dynamodb.AttributeType.STRING },
      sortKey: { name: dueIndex.sortKey.name, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType[dueIndex.projection],
    });
    (this.table.node.defaultChild as dynamodb.CfnTable).overrideLogicalId(TABLE_LOGICAL_ID);
  }
}
