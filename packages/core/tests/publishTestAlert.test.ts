import { describe, expect, it } from 'vitest';
import { publishTestAlert, testAlertMessages } from '../src/index.js';
import { fixedClock, InMemoryNotificationLedger, RecordingNotifier } from '../src/testing/index.js';

const request = {
  subscriptionId: 'sub-1',
  channelRef: 'arn:aws:sns:eu-west-1:123456789012:alerts-1:abc',
  shard: 1,
  protocol: 'email',
  requestedAt: '2026-03-01T10:15:00.000Z',
} as const;

function deps(now = '2026-03-01T10:15:01.000Z') {
  return {
    notifier: new RecordingNotifier({ shardCount: 2 }),
    ledger: new InMemoryNotificationLedger(),
    clock: fixedClock(now),
  };
}

describe('publishTestAlert', () => {
  it('publishes the test message once on the subscription shard, addressed to it', async () => {
    const d = deps();
    expect((await publishTestAlert(d, request)).outcome).toBe('published');
    expect(await publishTestAlert(d, request)).toEqual({ outcome: 'already-published' });
    expect(
      await publishTestAlert(d, { ...request, requestedAt: '2026-03-01T10:00:00.000Z' }),
    ).toEqual({ outcome: 'already-published' });
    expect(d.notifier.testAlerts).toEqual([
      { shard: 1, messageId: 'message-1', message: 'sub-1', messages: testAlertMessages('sub-1') },
    ]);
    expect(d.notifier.published).toEqual([]);
  });

  it('sends a request of another hour again', async () => {
    const d = deps('2026-03-01T11:00:30.000Z');
    await publishTestAlert(d, { ...request, requestedAt: '2026-03-01T10:59:50.000Z' });
    await publishTestAlert(d, { ...request, requestedAt: '2026-03-01T11:00:10.000Z' });
    expect(d.notifier.testAlerts).toHaveLength(2);
  });

  it('sends nothing for a request over an hour old or dated in the future', async () => {
    const d = deps('2026-03-01T12:00:00.000Z');
    expect(await publishTestAlert(d, request)).toEqual({ outcome: 'stale' });
    expect(
      await publishTestAlert(d, { ...request, requestedAt: '2026-03-01T12:05:00.000Z' }),
    ).toEqual({ outcome: 'stale' });
    expect(await publishTestAlert(d, { ...request, requestedAt: 'not a date' })).toEqual({
      outcome: 'stale',
    });
    expect(d.notifier.testAlerts).toEqual([]);
  });

  it('gives the claim back when the publication fails, so a retry sends it', async () => {
    const d = deps();
    d.notifier.failNext(new Error('SNS is down'));
    await expect(publishTestAlert(d, request)).rejects.toThrow('SNS is down');
    expect((await publishTestAlert(d, request)).outcome).toBe('published');
    expect(d.notifier.testAlerts).toHaveLength(1);
  });
});
