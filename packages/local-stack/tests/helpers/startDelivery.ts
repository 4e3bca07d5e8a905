import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SnsNotifier } from '@treatywatch/aws/sns';
import type { SubscriptionFilter } from '@treatywatch/core';
import {
  type AnsweredRequest,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  type SnsEmulator,
  startSnsEmulator,
} from '@treatywatch/emulators';
import { STATUSES } from '@treatywatch/rules';
import type { DevLog } from '../../src/DevLog.js';
import {
  AlertDeliverer,
  type AlertDelivererOptions,
} from '../../src/subscribers/AlertDeliverer.js';
import { DeliveryLedger } from '../../src/subscribers/DeliveryLedger.js';
import { LocalSubscriptionChannel } from '../../src/subscribers/LocalSubscriptionChannel.js';
import { Outbox } from '../../src/subscribers/Outbox.js';
import { SubscriberRegistry } from '../../src/subscribers/SubscriberRegistry.js';

/** An SMS subscriber to create, by its filter. */
export interface TestSubscriber {
  readonly phone: string;
  readonly filter?: SubscriptionFilter;
}

/** The delivery half of the local stack on its own SNS/SQS emulator, with every request it answers recorded. */
export interface Delivery {
  readonly emulator: SnsEmulator;
  readonly channel: LocalSubscriptionChannel;
  readonly deliverer: AlertDeliverer;
  readonly ledger: DeliveryLedger;
  readonly notifier: SnsNotifier;
  readonly outbox: Outbox;
  /** Subscriber ids by phone number. */
  readonly ids: ReadonlyMap<string, string>;
  /** What the emulator answered since the subscribers were created (or since the last `requests.length = 0`). */
  readonly requests: AnsweredRequest[];
  /** Lines of the deliverer's log, `warn: …` and `error: …` included. */
  readonly logged: string[];
  stop(): Promise<void>;
}

/**
 * Starts an SNS/SQS emulator, creates a topic, subscribes `subscribers` through
 * a `LocalSubscriptionChannel` (SMS, so delivery is a line in `sms.log`), and
 * builds an `AlertDeliverer` woken by the emulator's publishes, as the local
 * stack does. The deliverer is not started.
 */
export async function startDelivery(
  subscribers: readonly TestSubscriber[],
  options: {
    readonly outbox?: (directory: string) => Outbox;
    readonly deliverer?: Partial<AlertDelivererOptions>;
  } = {},
): Promise<Delivery> {
  const directory = await mkdtemp(join(tmpdir(), 'treatywatch-delivery-'));
  const emulator = await startSnsEmulator();
  const config = { region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } };
  const sns = new SNSClient({ ...config, endpoint: emulator.endpoint });
  const sqs = new SQSClient({ ...config, endpoint: emulator.endpoint });
  const { TopicArn: topicArn = '' } = await sns.send(new CreateTopicCommand({ Name: 'alerts' }));
  const outbox = options.outbox?.(directory) ?? new Outbox({ directory });
  const channel = new LocalSubscriptionChannel({
    sns,
    sqs,
    topicArns: [topicArn],
    registry: new SubscriberRegistry(undefined),
    outbox,
    confirmUrl: () => 'http://127.0.0.1/confirm',
  });
  const ids = new Map<string, string>();
  for (const { phone, filter } of subscribers) {
    // An SMS request for alerts as they happen without statuses gets the SMS default; these
    // subscribers name every status instead, so a filter here selects exactly what it says.
    const { channelRef } = await channel.subscribe(
      {
        protocol: 'sms',
        endpoint: phone,
        ...(filter?.cadence === undefined ? { statuses: STATUSES } : {}),
        ...filter,
      },
      0,
      `sub-${phone}`,
    );
    ids.set(phone, channelRef);
  }
  const logged: string[] = [];
  const log: DevLog = {
    info: () => undefined,
    warn: (message) => logged.push(`warn: ${message}`),
    error: (message) => logged.push(`error: ${message}`),
  };
  const ledger = new DeliveryLedger(undefined);
  const deliverer = new AlertDeliverer({
    sqs,
    emulatorEndpoint: emulator.endpoint,
    channel,
    outbox,
    ledger,
    log,
    ...options.deliverer,
  });
  const stopWaking = emulator.onPublish(() => void deliverer.wake());
  const requests: AnsweredRequest[] = [];
  const stopCounting = emulator.onRequest((request) => requests.push(request));
  return {
    emulator,
    channel,
    deliverer,
    ledger,
    notifier: new SnsNotifier({ client: sns, topicArns: [topicArn] }),
    outbox,
    ids,
    requests,
    logged,
    async stop() {
      stopWaking();
      stopCounting();
      await deliverer.stop();
      sns.destroy();
      sqs.destroy();
      await emulator.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
