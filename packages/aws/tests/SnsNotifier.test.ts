import { changeMessages, type StatusChange } from '@treatywatch/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../src/sns/index.js';
import { localClients } from './helpers/localClients.js';
import { createTestTopic, subscribeQueue } from './helpers/subscriberQueue.js';

const clients = localClients();
let notifier: SnsNotifier;
let queue: Awaited<ReturnType<typeof subscribeQueue>>;
let otherShard: Awaited<ReturnType<typeof subscribeQueue>>;

const change: StatusChange = {
  id: 'LT#apmbc#withdrawal-pending>withdrawn@2025-12-27',
  state: 'LT',
  treaty: 'apmbc',
  previousStatus: 'withdrawal-pending',
  status: 'withdrawn',
  since: '2025-12-27',
  effectiveOn: '2025-12-27',
  explanation: ['The six-month notice period of Article 20(2) ended.'],
  sources: ['https://treaties.un.org/doc/Publication/CN/2025/CN.246.2025-Eng.pdf'],
};

beforeAll(async () => {
  const topicArns = [await createTestTopic(clients.sns), await createTestTopic(clients.sns)];
  notifier = new SnsNotifier({ client: clients.sns, topicArns });
  queue = await subscribeQueue(clients, topicArns[0] ?? '', null);
  otherShard = await subscribeQueue(clients, topicArns[1] ?? '', null);
});

describe('SnsNotifier', () => {
  it('publishes one message with the change’s attributes, subject and default text', async () => {
    const messages = changeMessages(change);
    const { messageId } = await notifier.publish(0, change, messages);
    expect(messageId).toMatch(/\S+/);
    const received = await queue.receive();
    expect(received).toHaveLength(1);
    expect(received[0]).toEqual({
      subject: messages.subject,
      message: messages.default,
      attributes: {
        kind: 'change',
        state: 'LT',
        treaty: 'apmbc',
        status: 'withdrawn',
        previousStatus: 'withdrawal-pending',
        'AWS.SNS.SMS.SMSType': 'Transactional',
      },
    });
  });

  it('sends previousStatus "none" for a first assessment', async () => {
    const first = { ...change, id: 'LT#apmbc#none>withdrawn@2025-12-27', previousStatus: null };
    await notifier.publish(0, first, changeMessages(first));
    const [received] = await queue.receive();
    expect(received?.attributes.previousStatus).toBe('none');
  });

  it('publishes on the shard it is given, and only there', async () => {
    expect(notifier.shardCount).toBe(2);
    await notifier.publish(1, change, changeMessages(change));
    expect(await otherShard.receive()).toHaveLength(1);
    expect(await queue.receive()).toEqual([]);
  });

  it('refuses a shard that does not exist, and an empty or repeated topic list', async () => {
    await expect(notifier.publish(2, change, changeMessages(change))).rejects.toThrow(RangeError);
    expect(() => new SnsNotifier({ client: clients.sns, topicArns: [] })).toThrow(RangeError);
    expect(() => new SnsNotifier({ client: clients.sns, topicArns: ['a', 'a'] })).toThrow(/twice/);
  });
});
