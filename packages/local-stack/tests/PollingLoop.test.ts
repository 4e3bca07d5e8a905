import { describe, expect, it } from 'vitest';
import { PollingLoop } from '../src/PollingLoop.js';

const LONG_MS = 60_000;

describe('PollingLoop', () => {
  it('starts the next round at once after a busy one', async () => {
    let rounds = 0;
    const loop = new PollingLoop({
      round: async () => {
        rounds += 1;
        return rounds < 3;
      },
      intervalMs: LONG_MS,
      onError: () => undefined,
    });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loop.stop();
    expect(rounds).toBe(3);
  });

  it('reports a round that throws and carries on', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    const loop = new PollingLoop({
      round: async () => {
        rounds += 1;
        if (rounds === 1) throw new Error('boom');
        return false;
      },
      intervalMs: 1,
      onError: (error) => errors.push(error),
    });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loop.stop();
    expect(errors).toEqual([new Error('boom')]);
    expect(rounds).toBeGreaterThan(1);
  });

  it('does not report a round that fails after stop was called', async () => {
    const errors: unknown[] = [];
    let fail: (error: Error) => void = () => undefined;
    const loop = new PollingLoop({
      round: () =>
        new Promise<boolean>((_resolve, reject) => {
          fail = reject;
        }),
      intervalMs: LONG_MS,
      onError: (error) => errors.push(error),
    });
    loop.start();
    const stopped = loop.stop();
    fail(new Error('connect ECONNREFUSED'));
    await stopped;
    expect(errors).toEqual([]);
  });

  it('cuts a pause short on stop and waits for the round in flight', async () => {
    let finished = false;
    const loop = new PollingLoop({
      round: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        finished = true;
        return false;
      },
      intervalMs: LONG_MS,
      onError: () => undefined,
    });
    const started = Date.now();
    loop.start();
    await loop.stop();
    expect(finished).toBe(true);
    expect(Date.now() - started).toBeLessThan(LONG_MS);
  });

  it('is stopping only once started and then stopped', async () => {
    const loop = new PollingLoop({
      round: async () => false,
      intervalMs: LONG_MS,
      onError: () => undefined,
    });
    expect(loop.stopping).toBe(false);
    loop.start();
    expect(loop.stopping).toBe(false);
    await loop.stop();
    expect(loop.stopping).toBe(true);
  });

  it('sleeps not at all when not running', async () => {
    const loop = new PollingLoop({
      round: async () => false,
      intervalMs: LONG_MS,
      onError: () => undefined,
    });
    const started = Date.now();
    await loop.sleep(LONG_MS);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
