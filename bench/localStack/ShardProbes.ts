import { SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { StackDescription } from '@treatywatch/local-stack/stack-file';

/**
 * One SQS queue of the benchmark's own per alert topic (shard) in the local
 * stack's SNS/SQS emulator, subscribed with no filter policy: each publish to
 * a shard's topic leaves exactly one message on its probe, so the messages
 * count the publishes, shard by shard. The emulator goes when the stack stops.
 */
export class ShardProbes {
  readonly #sqs: SQSClient;
  readonly #queueUrls: readonly string[];

  private constructor(sqs: SQSClient, queueUrls: readonly string[]) {
    this.#sqs = sqs;
    this.#queueUrls = queueUrls;
  }

  /** Creates and subscribes a probe on every topic of the stack, shard 0 first. */
  static async create(stack: StackDescription): Promise<ShardProbes> {
    const config = {
      endpoint: stack.snsEndpoint,
      region: stack.region,
      // A copy: the SDK marks the credentials object it is given.
      credentials: { ...stack.credentials },
    };
    const sns = new SNSClient(config);
    const sqs = new SQSClient(config);
    try {
      const queueUrls = await Promise.all(
        stack.topicArns.map(async (topicArn, shard) => {
          const { QueueUrl } = await sqs.send(
            new CreateQueueCommand({ QueueName: `bench-shard-probe-${shard}` }),
          );
          if (QueueUrl === undefined) throw new Error('CreateQueue answered without a URL');
          const { Attributes } = await sqs.send(
            new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
          );
          await sns.send(
            new SubscribeCommand({
              TopicArn: topicArn,
              Protocol: 'sqs',
              Endpoint: Attributes?.QueueArn,
            }),
          );
          return QueueUrl;
        }),
      );
      return new ShardProbes(sqs, queueUrls);
    } catch (error) {
      sqs.destroy();
      throw error;
    } finally {
      sns.destroy();
    }
  }

  /** Messages waiting on each shard's probe, shard 0 first (they stay on the queue, hidden). */
  async published(): Promise<number[]> {
    return Promise.all(
      this.#queueUrls.map(async (QueueUrl) => {
        let count = 0;
        for (;;) {
          const { Messages = [] } = await this.#sqs.send(
            new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
          );
          if (Messages.length === 0) return count;
          count += Messages.length;
        }
      }),
    );
  }

  /** Closes the SQS client. */
  close(): void {
    this.#sqs.destroy();
  }
}
