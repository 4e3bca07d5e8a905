import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@treatywatch/emulators';
import type {} from '@treatywatch/emulators/vitest-global-setup';
import { inject } from 'vitest';

/** SDK clients pointed at the run's DynamoDB Local and fauxqs. */
export function localClients() {
  const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const dynamodb = new DynamoDBClient({ ...common, endpoint: inject('dynamodbEndpoint') });
  return {
    dynamodb,
    document: DynamoDBDocumentClient.from(dynamodb, {
      marshallOptions: { removeUndefinedValues: true },
    }),
    sns: new SNSClient({ ...common, endpoint: inject('snsEndpoint') }),
    sqs: new SQSClient({ ...common, endpoint: inject('snsEndpoint') }),
  };
}

/** A name no other test file uses, for tables, topics and queues. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
