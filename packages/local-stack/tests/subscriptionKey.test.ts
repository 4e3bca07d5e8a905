import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SubscriberRegistry } from '../src/subscribers/SubscriberRegistry.js';
import { subscriptionKey } from '../src/subscriptionKey.js';

describe('the local stack’s state files', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the subscription key across restarts, in a file only its owner can read', async () => {
    dir = await mkdtemp(join(tmpdir(), 'treatywatch-key-'));
    const path = join(dir, 'state', 'subscription-key.json');
    const key = subscriptionKey(path);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(subscriptionKey(path)).toBe(key);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('writes the subscribers, with their endpoints, readable by its owner alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'treatywatch-subscribers-'));
    const path = join(dir, 'subscribers.json');
    new SubscriberRegistry(path).put({
      id: 'local-1',
      protocol: 'sms',
      endpoint: '+447911123456',
      filter: {},
      confirmed: true,
      confirmToken: 'x',
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});
