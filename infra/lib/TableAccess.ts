import { PARTITION_PREFIXES, TABLE_DEFINITION } from '@treatywatch/aws/table';
import { Aws } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { TableAccessSpec } from './constants.js';

/** Properties of {@link TableAccess}. */
export interface TableAccessProps {
  readonly table: dynamodb.ITable;
  /** The table's customer-managed key. */
  readonly key: kms.IKey;
  readonly role: iam.IRole;
  readonly access: TableAccessSpec;
}

/** `STATE#*` for a prefix, the name itself for a single partition such as `STATES`. */
export function leadingKeyPattern(prefix: string): string {
  return prefix.endsWith('#') ? `${prefix}*` : prefix;
}

/**
 * One function's own policy on the table: its item actions, only on the
 * partitions it needs (`dynamodb:LeadingKeys`, which every key of every
 * request must match), the `due` index where it queries it, and the table's
 * key only through DynamoDB.
 */
export class TableAccess extends Construct {
  readonly policy: iam.Policy;

  constructor(scope: Construct, id: string, props: TableAccessProps) {
    super(scope, id);
    const { table, key, role, access } = props;
    const onPartitions = (
      sid: string,
      actions: readonly string[],
      partitions: TableAccessSpec['reads'],
    ) =>
      new iam.PolicyStatement({
        sid,
        actions: [...actions],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': partitions.map((name) =>
              leadingKeyPattern(PARTITION_PREFIXES[name]),
            ),
          },
        },
      });
    const statements = [
      onPartitions('ReadItsPartitions', ['dynamodb:GetItem', 'dynamodb:Query'], access.reads),
      onPartitions('WriteItsPartitions', access.writes.actions, access.writes.partitions),
      new iam.PolicyStatement({
        sid: 'TableKeyThroughDynamoDB',
        actions: [
          'kms:Decrypt',
          'kms:DescribeKey',
          'kms:Encrypt',
          'kms:GenerateDataKey*',
          'kms:ReEncrypt*',
        ],
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Aws.REGION}.amazonaws.com` } },
      }),
    ];
    if (access.dueIndex) {
      // The index holds assessments only; its partition is the constant `DUE`.
      statements.push(
        new iam.PolicyStatement({
          sid: 'DueIndex',
          actions: ['dynamodb:Query'],
          resources: [`${table.tableArn}/index/${TABLE_DEFINITION.dueIndex.indexName}`],
        }),
      );
    }
    this.policy = new iam.Policy(this, 'Policy', { statements, roles: [role] });
  }
}
