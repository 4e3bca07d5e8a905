import { CreateTopicCommand, type SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { FilterPolicy, FilterPolicyBranch } from '../../src/sns/index.js';
import { uniqueName } from './localClients.js';

/** What an SQS subscriber received: the SNS envelope, parsed. */
export interface ReceivedNotification {
  readonly subject: string | null;
  /** The text a subscriber of this protocol gets (see `deliveredText`). */
  readonly message: string;
  readonly attributes: Record<string, string>;
}

/** Creates a topic with a unique name. */
export async function createTestTopic(sns: SNSClient): Promise<string> {
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('tw') }));
  if (TopicArn === undefined) throw new Error('no topic ARN');
  return TopicArn;
}

/**
 * An SQS queue subscribed to the topic (raw delivery off) with `policy` as its
 * filter policy: it receives exactly what a subscriber with that policy would.
 */
export async function subscribeQueue(
  clients: { sns: SNSClient; sqs: SQSClient },
  topicArn: string,
  policy: FilterPolicy | FilterPolicyBranch | null,
): Promise<{ receive(waitSeconds?: number): Promise<ReceivedNotification[]> }> {
  const { QueueUrl } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: uniqueName('q') }),
  );
  if (QueueUrl === undefined) throw new Error('no queue URL');
  const { Attributes } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  await clients.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: Attributes?.QueueArn,
      ReturnSubscriptionArn: true,
      Attributes: {
        RawMessageDelivery: 'false',
        ...(policy === null
          ? {}
          : { FilterPolicy: JSON.stringify(policy), FilterPolicyScope: 'MessageAttributes' }),
      },
    }),
  );
  return {
    async receive(waitSeconds = 1) {
      const { Messages = [] } = await clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: waitSeconds,
        }),
      );
      return Messages.map((m) => parseEnvelope(m.Body ?? '{}'));
    },
  };
}

function parseEnvelope(body: string): ReceivedNotification {
  const envelope = JSON.parse(body) as {
    Subject?: string | null;
    Message: string;
    MessageAttributes?: Record<string, { Value: string }>;
  };
  return {
    subject: envelope.Subject ?? null,
    message: deliveredText(envelope.Message),
    attributes: Object.fromEntries(
      Object.entries(envelope.MessageAttributes ?? {}).map(([k, v]) => [k, v.Value]),
    ),
  };
}

/**
 * The text an SQS subscriber gets from a `MessageStructure: json` publication.
 * SNS delivers the `sqs` (else `default`) entry; fauxqs delivers the whole JSON
 * document, so its `default` entry is taken here.
 */
export function deliveredText(message: string): string {
  try {
    const parsed = JSON.parse(message) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'default' in parsed) {
      const structured = parsed as { sqs?: string; default: string };
      return structured.sqs ?? structured.default;
    }
  } catch {
    // Not JSON: already the delivered text.
  }
  return message;
}
