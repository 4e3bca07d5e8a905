import { mkdir } from 'node:fs/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  type LocalService,
  startDynamoDBLocal,
  startSnsEmulator,
} from '@treatywatch/emulators';
import type { StepReporter } from './Progress.js';

/** The two emulators and SDK clients pointed at them. */
export interface LocalServices {
  readonly dynamodb: DynamoDBClient;
  readonly document: DynamoDBDocumentClient;
  readonly streams: DynamoDBStreamsClient;
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  /** DynamoDB Local's endpoint. */
  readonly dynamodbEndpoint: string;
  /** The SNS/SQS emulator's endpoint (one for both). */
  readonly snsEndpoint: string;
  /**
   * Calls `listener` after each publish to the SNS emulator, once the message
   * is on the subscribed queues; returns a function that removes it.
   */
  onSnsPublish(listener: (topicArn: string) => void): () => void;
  /** Stops both emulators (DynamoDB Local's Java process included) and the clients. */
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local (in memory, or persisted under `dbPath`) and the
 * SNS/SQS emulator through `@treatywatch/emulators`, showing each step, and
 * builds the SDK clients the adapters take. Stops what it started when a step
 * fails.
 */
export async function startLocalServices(options: {
  readonly dbPath?: string;
  readonly progress: StepReporter;
}): Promise<LocalServices> {
  const started: LocalService[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
  };
  try {
    const dbPath = options.dbPath;
    if (dbPath !== undefined) await mkdir(dbPath, { recursive: true });
    const dynamodbLocal = await options.progress.step(
      dbPath === undefined
        ? 'Starting DynamoDB Local (in memory)'
        : `Starting DynamoDB Local (data in ${dbPath})`,
      () => startDynamoDBLocal(dbPath === undefined ? {} : { dbPath }),
    );
    started.push(dynamodbLocal);
    const snsEmulator = await options.progress.step('Starting the SNS/SQS emulator (fauxqs)', () =>
      startSnsEmulator(),
    );
    started.push(snsEmulator);

    const config = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    const dynamodb = new DynamoDBClient({ ...config, endpoint: dynamodbLocal.endpoint });
    const streams = new DynamoDBStreamsClient({ ...config, endpoint: dynamodbLocal.endpoint });
    const sns = new SNSClient({ ...config, endpoint: snsEmulator.endpoint });
    const sqs = new SQSClient({ ...config, endpoint: snsEmulator.endpoint });
    const document = DynamoDBDocumentClient.from(dynamodb, {
      marshallOptions: { removeUndefinedValues: true },
    });
    return {
      dynamodb,
      document,
      streams,
      sns,
      sqs,
      dynamodbEndpoint: dynamodbLocal.endpoint,
      snsEndpoint: snsEmulator.endpoint,
      onSnsPublish: (listener) => snsEmulator.onPublish(listener),
      async stop() {
        for (const client of [document, dynamodb, streams, sns, sqs]) client.destroy();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
