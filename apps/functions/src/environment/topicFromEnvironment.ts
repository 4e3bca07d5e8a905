import { SNSClient } from '@aws-sdk/client-sns';
import { requiredEnv } from '../requiredEnv.js';

/** An SNS client and the alerts topic, as the SNS adapters take them. */
export interface TopicConnection {
  readonly client: SNSClient;
  readonly topicArn: string;
}

/**
 * The topic named by `TOPIC_ARN`. The SDK itself honours `AWS_ENDPOINT_URL_SNS`
 * (the local emulator) and the region.
 */
export function topicFromEnvironment(env: NodeJS.ProcessEnv = process.env): TopicConnection {
  const topicArn = requiredEnv('TOPIC_ARN', env);
  return { client: new SNSClient({}), topicArn };
}
