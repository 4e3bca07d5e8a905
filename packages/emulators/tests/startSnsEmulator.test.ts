import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AnsweredRequest, type SnsEmulator, startSnsEmulator } from '../src/index.js';
import { listeningAddresses } from './helpers/listeners.js';
import { answers } from './helpers/processes.js';

function snsAction(endpoint: string, params: Record<string, string>): Promise<Response> {
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: new URLSearchParams({ Version: '2010-03-31', ...params }).toString(),
  });
}

async function sqsAction(
  endpoint: string,
  action: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `AmazonSQS.${action}`,
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(params),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Messages waiting on each queue, as the emulator lists them. */
async function waitingMessages(endpoint: string): Promise<Record<string, number>> {
  const response = await fetch(`${endpoint}/_fauxqs/queues`);
  const queues = (await response.json()) as { name: string; approximateMessageCount: number }[];
  return Object.fromEntries(queues.map((q) => [q.name, q.approximateMessageCount]));
}

function xmlValue(xml: string, element: string): string {
  const value = new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml)?.[1];
  if (value === undefined) throw new Error(`no <${element}> in ${xml}`);
  return value;
}

describe('startSnsEmulator', () => {
  let service: SnsEmulator;
  let stoppedAlready = false;

  beforeAll(async () => {
    service = await startSnsEmulator();
  });

  afterAll(async () => {
    if (!stoppedAlready) await service.stop();
  });

  it('listens on a port the OS picked', () => {
    expect(service.port).toBeGreaterThan(0);
    expect(service.endpoint).toBe(`http://127.0.0.1:${service.port}`);
  });

  it('listens on the loopback address only', () => {
    expect(listeningAddresses(service.port)).toEqual(['127.0.0.1']);
  });

  it('creates a topic through the SNS API', async () => {
    const response = await snsAction(service.endpoint, { Action: 'CreateTopic', Name: 'alerts' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('arn:aws:sns:us-east-1:000000000000:alerts');
  });

  it('tells publish listeners once the message is on the subscribed queues, and request listeners of every answer', async () => {
    const { endpoint } = service;
    const topicArn = xmlValue(
      await (await snsAction(endpoint, { Action: 'CreateTopic', Name: 'fan-out' })).text(),
      'TopicArn',
    );
    const { QueueUrl } = await sqsAction(endpoint, 'CreateQueue', { QueueName: 'subscriber' });
    const { Attributes } = (await sqsAction(endpoint, 'GetQueueAttributes', {
      QueueUrl,
      AttributeNames: ['QueueArn'],
    })) as { Attributes: { QueueArn: string } };
    const subscribed = await snsAction(endpoint, {
      Action: 'Subscribe',
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: Attributes.QueueArn,
    });
    expect(subscribed.status).toBe(200);

    const published: { topicArn: string; waiting: Promise<Record<string, number>> }[] = [];
    const answered: AnsweredRequest[] = [];
    const stopPublish = service.onPublish((arn) =>
      published.push({ topicArn: arn, waiting: waitingMessages(endpoint) }),
    );
    const stopRequests = service.onRequest((request) => answered.push(request));

    const publish = await snsAction(endpoint, {
      Action: 'Publish',
      TopicArn: topicArn,
      Message: 'hello',
    });
    expect(publish.status).toBe(200);
    await vi.waitFor(() => expect(published).toHaveLength(1));
    expect(published[0]?.topicArn).toBe(topicArn);
    expect(await published[0]?.waiting).toMatchObject({ subscriber: 1 });

    // A failed publish (no such topic) is not a publish.
    const failed = await snsAction(endpoint, {
      Action: 'Publish',
      TopicArn: `${topicArn}-missing`,
      Message: 'lost',
    });
    expect(failed.status).toBeGreaterThanOrEqual(400);
    await sqsAction(endpoint, 'ReceiveMessage', { QueueUrl, MaxNumberOfMessages: 10 });
    await vi.waitFor(() => expect(answered).toHaveLength(4));
    // Listeners run as each answer finishes: the listing made by the publish listener may come later.
    expect(answered).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/', action: 'Publish', statusCode: 200 },
        { method: 'GET', path: '/_fauxqs/queues', action: undefined, statusCode: 200 },
        { method: 'POST', path: '/', action: 'Publish', statusCode: failed.status },
        { method: 'POST', path: '/', action: 'ReceiveMessage', statusCode: 200 },
      ]),
    );
    expect(published).toHaveLength(1);

    stopPublish();
    stopRequests();
    await snsAction(endpoint, { Action: 'Publish', TopicArn: topicArn, Message: 'unheard' });
    expect(published).toHaveLength(1);
    expect(answered).toHaveLength(4);
  });

  it('stops listening when stopped', async () => {
    await service.stop();
    stoppedAlready = true;
    expect(await answers(service.endpoint)).toBe(false);
  });
});
