import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, startLocalStack } from '@treatywatch/local-stack';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './helpers/runCli.js';

const SECRET = 'client-commands-e2e-secret';
const START_TIMEOUT_MS = 240_000;
const DELIVERY_TIMEOUT_MS = 90_000;
const NUMBER = '+15555550123';

/** Imported by the test: Estonia's notice of withdrawal and its effect, a state the test does not subscribe to. */
const ESTONIA = [
  { type: 'withdrawal-announced', date: '2025-03-18' },
  { type: 'withdrawal-notified', date: '2025-06-27' },
].map((event) => ({
  ...event,
  state: 'EE',
  treaty: 'apmbc',
  source: `https://example.org/ee-${event.type}`,
}));

async function smsLines(outbox: string): Promise<string[]> {
  const text = await readFile(join(outbox, 'sms.log'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

describe('client commands against the local stack', () => {
  let workDir: string;
  let stack: LocalStack;

  const cli = (args: readonly string[]) => runCli([...args, '--api', stack.url], SECRET);

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-cli-e2e-'));
    stack = await startLocalStack({
      dataDir: join(workDir, 'data'),
      sweepIntervalMs: 3_600_000,
      webhookSecret: SECRET,
    });
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await stack?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it(
    'subscribe, subscribe verify and event add: an SMS naming the state reaches the outbox',
    async () => {
      const subscribed = await cli(['subscribe', '--sms', NUMBER, '--state', 'NZ', '--json']);
      const { id, status } = JSON.parse(subscribed.stdout);
      expect(status).toBe('pending-verification');
      const code = (await smsLines(stack.outboxDir)).join('\n').match(/code: (\d{6})/)?.[1] ?? '';
      const verified = await cli(['subscribe', 'verify', id, '--code', code, '--json']);
      expect(JSON.parse(verified.stdout)).toMatchObject({ id, status: 'active' });

      await cli([
        'event',
        'add',
        '--state',
        'NZ',
        '--type',
        'withdrawal-announced',
        '--treaty',
        'ottawa',
        '--date',
        '2025-07-01',
        '--source',
        'https://example.org/nz-announced',
      ]);

      const alerts = async () =>
        (await smsLines(stack.outboxDir)).filter((line) => line.includes('New Zealand'));
      await vi.waitFor(async () => expect(await alerts()).toEqual([expect.any(String)]), {
        timeout: DELIVERY_TIMEOUT_MS,
        interval: 250,
      });
      const [line] = await alerts();
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z \+1555\*+23 New Zealand/);
      expect(line).not.toContain(NUMBER);
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );

  it(
    'subscription update and test: the filters change, and one test alert reaches that number alone, once an hour',
    async () => {
      const numbers = ['+15555550177', '+15555550188'];
      const ids: { id: string; manageToken: string }[] = [];
      for (const number of numbers) {
        const { id } = JSON.parse((await cli(['subscribe', '--sms', number, '--json'])).stdout);
        const line = (await smsLines(stack.outboxDir)).findLast((l) =>
          l.includes(`*${number.slice(-2)} Treaty Watch code`),
        );
        const code = line?.match(/code: (\d{6})/)?.[1] ?? '';
        ids.push(
          JSON.parse((await cli(['subscribe', 'verify', id, '--code', code, '--json'])).stdout),
        );
      }
      const [mine] = ids;
      if (mine === undefined) throw new Error('no subscription');
      const updated = await cli([
        'subscription',
        'update',
        mine.id,
        '--token',
        mine.manageToken,
        '--state',
        'ua,pl',
        '--treaty',
        'apmbc',
        '--reminders',
        '7,30',
        '--cadence',
        'daily',
      ]);
      expect(updated.stdout).toContain(
        `Updated ${mine.id}: states UA, PL; treaties apmbc; statuses all; reminders 30, 7 days before; daily.`,
      );
      await expect(
        cli(['subscription', 'update', mine.id, '--token', mine.manageToken, '--reminders', '400']),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('reminders') });
      await expect(
        cli(['subscription', 'update', mine.id, '--token', mine.manageToken]),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('--all') });

      const tested = await runCli(['subscription', 'test', mine.id, '--api', stack.url], SECRET, {
        TREATYWATCH_MANAGE_TOKEN: mine.manageToken,
      });
      expect(tested.stdout).toContain(`A test alert is on its way to ${mine.id} alone`);
      const tests = (await smsLines(stack.outboxDir)).filter((l) => l.includes('TEST alert'));
      expect(tests).toEqual([expect.stringMatching(/\+1555\*+77 Treaty Watch TEST alert/)]);
      await expect(
        cli(['subscription', 'test', mine.id, '--token', mine.manageToken]),
      ).rejects.toMatchObject({ stderr: expect.stringMatching(/429|too many|try again/i) });
      await expect(
        cli(['subscription', 'test', mine.id, '--token', 'wrong']),
      ).rejects.toMatchObject({ stderr: expect.stringContaining('403') });
    },
    DELIVERY_TIMEOUT_MS,
  );

  it('answers 1,000 subscription requests from one client with at most the limit accepted, the rest 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 1_000; i += 1) {
      const response = await fetch(`${stack.url}/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          protocol: 'sms',
          endpoint: `+1555700${String(i).padStart(4, '0')}`,
        }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    // One subscription came from this client in the test before; the default is 10 an hour.
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(990);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const codes = (await smsLines(stack.outboxDir)).filter((line) =>
      / Treaty Watch code/.test(line),
    );
    expect(codes.length).toBeLessThanOrEqual(11);
  }, 180_000);

  it(
    'import records a file of events, and status prints the state they assess as JSON',
    async () => {
      await writeFile(join(workDir, 'estonia.json'), JSON.stringify(ESTONIA));
      const imported = await cli(['import', join(workDir, 'estonia.json')]);
      expect(imported.stdout).toContain('2 recorded, 0 already recorded');

      // The stack evaluates what the webhook recorded from its stream, as in AWS: a moment later.
      await vi.waitFor(
        async () => {
          const { stdout } = await cli(['status', 'EE', '--json']);
          expect(JSON.parse(stdout)).toEqual([
            expect.objectContaining({ state: 'EE', treaty: 'apmbc', status: 'withdrawn' }),
          ]);
        },
        { timeout: DELIVERY_TIMEOUT_MS, interval: 500 },
      );
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );

  it('status --subscriptions shows operators the capacity by shard, signed, with no endpoint', async () => {
    const json = await cli(['status', '--subscriptions', '--json']);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ shardCount: 8, filterPoliciesPerTopic: 200 });
    expect(report.shards).toHaveLength(8);
    expect(report.byProtocol.sms).toBeGreaterThanOrEqual(1);
    expect(report.filterPolicies.used).toBeGreaterThanOrEqual(1);

    const table = await cli(['status', '--subscriptions']);
    expect(table.stdout).toMatch(/^shard\s+filter policies\s+email\s+sms\s+https/m);
    expect(table.stdout).toMatch(/^all\s+\d+\/1600/m);
    expect(table.stdout).not.toContain(NUMBER);
  });
});
