import { evaluateState, notifyChange, type Ports, recordEvents } from '@treatywatch/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { filterPolicyFor } from '../../src/sns/index.js';
import { localPorts } from '../helpers/localPorts.js';
import { rawEvent } from '../helpers/sampleEvents.js';
import { type ReceivedNotification, subscribeQueue } from '../helpers/subscriberQueue.js';

type Queue = Awaited<ReturnType<typeof subscribeQueue>>;

let ports: Ports;
let ofUkraine: Queue;
let ofPoland: Queue;
let ofWithdrawn: Queue;

async function publishChanges(state: string, asOf: string): Promise<void> {
  for (const change of (await evaluateState(ports, state, asOf)).changes) {
    await notifyChange(ports, change);
  }
}

const summary = (received: ReceivedNotification[]) =>
  received.map((r) => `${r.attributes.state}/${r.attributes.treaty}/${r.attributes.status}`).sort();

beforeAll(async () => {
  const local = await localPorts('filters');
  ports = local.ports;
  const subscriber = (filter: Parameters<typeof filterPolicyFor>[0]) =>
    subscribeQueue(local.clients, local.topicArn, filterPolicyFor(filter, 'sub-queue'));
  [ofUkraine, ofPoland, ofWithdrawn] = await Promise.all([
    subscriber({ states: ['UA'] }),
    subscriber({ states: ['PL'] }),
    subscriber({ statuses: ['withdrawn'] }),
  ]);
  await recordEvents(ports, [rawEvent.uaDecree, rawEvent.ltNotified]);
  await publishChanges('UA', '2025-07-01');
  await publishChanges('LT', '2025-07-01');
  await publishChanges('LT', '2025-12-27');
});

describe('SNS filter policies from subscriber filters', () => {
  it('deliver a UA/apmbc change to a subscriber of UA', async () => {
    expect(summary(await ofUkraine.receive())).toEqual(['UA/apmbc/withdrawal-announced']);
  });

  it('do not deliver it to a subscriber of PL', async () => {
    expect(await ofPoland.receive()).toEqual([]);
  });

  it('deliver only withdrawals to a subscriber of status withdrawn', async () => {
    const received = await ofWithdrawn.receive();
    expect(summary(received)).toEqual(['LT/apmbc/withdrawn']);
    expect(received[0]?.attributes.previousStatus).toBe('withdrawal-pending');
  });
});
