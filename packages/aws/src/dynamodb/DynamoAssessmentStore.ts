import { GetCommand, type NativeAttributeValue, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AssessmentStore,
  dueOn,
  type StoredAssessment,
  VersionConflictError,
} from '@treatywatch/core';
import type { Assessment, IsoDate, TreatyId } from '@treatywatch/rules';
import {
  ASSESSMENT_REVIEW_ATTRIBUTE,
  DUE_PARTITION,
  ITEM_KINDS,
  TABLE_DEFINITION,
} from '../table/tableDefinition.js';
import { assessmentFromItem } from './assessmentItem.js';
import type { DynamoTableOptions } from './DynamoTableOptions.js';
import { isConditionalCheckFailed } from './isConditionalCheckFailed.js';
import { itemKeys } from './itemKeys.js';
import { queryAll } from './queryAll.js';
import { statesWithEvents } from './statesWithEvents.js';

/** Options of `DynamoAssessmentStore`. */
export interface DynamoAssessmentStoreOptions extends DynamoTableOptions {
  /** Items per page of the due query; DynamoDB's 1 MB pages when absent. */
  readonly duePageSize?: number;
}

/**
 * Assessments on the single table, one item per (state, treaty), written with
 * optimistic concurrency on `version`. The assessment's own next review date
 * is `reviewOn`; items due some day (`dueOn`: that review, or a pending
 * withdrawal's reminder window) carry `duePk` and the due day in the index's
 * sort key, and so appear in the sparse `due` index; the others do not.
 */
export class DynamoAssessmentStore implements AssessmentStore {
  readonly #client: DynamoTableOptions['client'];
  readonly #tableName: string;
  readonly #duePageSize: number | undefined;

  constructor(options: DynamoAssessmentStoreOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#duePageSize = options.duePageSize;
  }

  async get(state: string, treaty: TreatyId): Promise<StoredAssessment | null> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: itemKeys.assessment(state, treaty),
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? null : assessmentFromItem(Item);
  }

  async listByState(state: string): Promise<StoredAssessment[]> {
    const found: StoredAssessment[] = [];
    for await (const item of this.#queryState(state, itemKeys.assessmentPrefix)) {
      const assessment = assessmentFromItem(item);
      if (assessment !== null) found.push(assessment);
    }
    return found;
  }

  /** Every assessment of every state with events (the `STATES` markers list them). */
  async listAll(): Promise<StoredAssessment[]> {
    const states = await statesWithEvents(this.#client, this.#tableName);
    const perState = await Promise.all(states.map((state) => this.listByState(state)));
    return perState.flat();
  }

  async put(
    assessment: Assessment,
    expectedVersion: number,
    evaluatedAt: string,
  ): Promise<StoredAssessment> {
    const key = itemKeys.assessment(assessment.state, assessment.treaty);
    const version = expectedVersion + 1;
    // Timeline of a write:
    //
    //   read (version N) ── assess ── write "version N+1, if still N" ──▶
    //                 ▲
    //                 └─ another writer may commit N+1 here; then our condition fails
    //
    // N = 0 means "we read nothing": the item must still not exist.
    const itemIsNew = 'attribute_not_exists(#pk)';
    const versionIsStillTheOneRead = '#version = :expectedVersion';
    const condition = expectedVersion === 0 ? itemIsNew : versionIsStillTheOneRead;

    const values: Record<string, NativeAttributeValue> = {
      ':kind': ITEM_KINDS.assessment,
      ':state': assessment.state,
      ':treaty': assessment.treaty,
      ':status': assessment.status,
      ':since': assessment.since,
      ':effectiveOn': assessment.effectiveOn,
      ':explanation': [...assessment.explanation],
      ':sources': [...(assessment.sources ?? [])],
      ':version': version,
      ':evaluatedAt': evaluatedAt,
      ':reviewOn': assessment.nextReviewOn,
      ...(expectedVersion === 0 ? {} : { ':expectedVersion': expectedVersion }),
    };
    const set = [
      '#kind = :kind',
      '#state = :state',
      '#treaty = :treaty',
      '#status = :status',
      '#since = :since',
      '#effectiveOn = :effectiveOn',
      '#explanation = :explanation',
      '#sources = :sources',
      '#version = :version',
      '#evaluatedAt = :evaluatedAt',
      '#reviewOn = :reviewOn',
    ];
    // Only assessments due some day carry the due index's keys, which keeps the index sparse.
    const dueDay = dueOn(assessment);
    const due = dueDay !== null;
    if (due) {
      set.push('#duePk = :duePk', '#nextReviewOn = :dueOn');
      values[':duePk'] = DUE_PARTITION;
      values[':dueOn'] = dueDay;
    }
    const update = `SET ${set.join(', ')}${due ? '' : ' REMOVE #duePk, #nextReviewOn'}`;

    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: key,
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: {
            ...(expectedVersion === 0 ? { '#pk': TABLE_DEFINITION.partitionKey.name } : {}),
            '#kind': TABLE_DEFINITION.kindAttribute,
            '#state': 'state',
            '#treaty': 'treaty',
            '#status': 'status',
            '#since': 'since',
            '#effectiveOn': 'effectiveOn',
            '#explanation': 'explanation',
            '#sources': 'sources',
            '#version': 'version',
            '#evaluatedAt': 'evaluatedAt',
            '#reviewOn': ASSESSMENT_REVIEW_ATTRIBUTE,
            '#duePk': TABLE_DEFINITION.dueIndex.partitionKey.name,
            '#nextReviewOn': TABLE_DEFINITION.dueIndex.sortKey.name,
          },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        throw new VersionConflictError(`${key.pk}/${key.sk}`, expectedVersion, { cause: error });
      }
      throw error;
    }
    return { ...assessment, version, evaluatedAt };
  }

  /** Reads the `due` index only: items due (`dueOn`) on or before `date`, page by page. Never a scan. */
  async *listDue(date: IsoDate): AsyncIterable<StoredAssessment> {
    const { indexName, partitionKey, sortKey } = TABLE_DEFINITION.dueIndex;
    const items = queryAll(this.#client, {
      TableName: this.#tableName,
      IndexName: indexName,
      KeyConditionExpression: '#duePk = :due AND #nextReviewOn <= :date',
      ExpressionAttributeNames: { '#duePk': partitionKey.name, '#nextReviewOn': sortKey.name },
      ExpressionAttributeValues: { ':due': DUE_PARTITION, ':date': date },
      ReturnConsumedCapacity: 'INDEXES',
      ...(this.#duePageSize === undefined ? {} : { Limit: this.#duePageSize }),
    });
    for await (const item of items) {
      const assessment = assessmentFromItem(item);
      if (assessment !== null) yield assessment;
    }
  }

  #queryState(state: string, skPrefix: string) {
    return queryAll(this.#client, {
      TableName: this.#tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: { ':pk': itemKeys.statePartition(state), ':prefix': skPrefix },
      ConsistentRead: true,
    });
  }
}
