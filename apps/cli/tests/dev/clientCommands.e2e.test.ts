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
    'subscribe and event add: an SMS naming the state reaches the outbox',
    async () => {
      const subscribed = await cli(['subscribe', '--sms', NUMBER, '--state', 'NZ', '--json']);
      expect(JSON.parse(subscribed.stdout)).toMatchObject({ status: 'active' });

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

      await vi.waitFor(
        async () => expect(await smsLines(stack.outboxDir)).toEqual([expect.any(String)]),
        { timeout: DELIVERY_TIMEOUT_MS, interval: 250 },
      );
      const [line] = await smsLines(stack.outboxDir);
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z \+1555\*+23 New Zealand/);
      expect(line).not.toContain(NUMBER);
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );

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
});
