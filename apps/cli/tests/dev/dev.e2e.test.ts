import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from '@treatywatch/emulators';
import { SIGNATURE_HEADER, signRequest } from '@treatywatch/functions';
import { readStackFile } from '@treatywatch/local-stack/stack-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descendants, isRunning, type ProcessInfo } from './helpers/processTree.js';
import { runCli } from './helpers/runCli.js';
import { type DevProcess, startDevProcess } from './helpers/startDevProcess.js';
import { waitFor } from './helpers/waitFor.js';

const SECRET = 'e2e-test-secret';
const START_DEADLINE_MS = 240_000;
const DELIVERY_DEADLINE_MS = 90_000;
const NUMBER = '+15555550123';

/** The seed: one state the test does not subscribe to. */
const SEED = [
  {
    state: 'EE',
    type: 'withdrawal-notified',
    treaty: 'apmbc',
    date: '2025-06-27',
    source: 'https://example.org/ee-notified',
  },
];

async function smsLines(outbox: string): Promise<string[]> {
  const text = await readFile(join(outbox, 'sms.log'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

function cli(args: readonly string[]) {
  return runCli(args, SECRET);
}

describe('treatywatch dev', () => {
  let workDir: string;
  let dataDir: string;
  let outbox: string;
  let port: number;
  let dev: DevProcess;
  let services: ProcessInfo[] = [];

  const start = async () => {
    const started = await startDevProcess(
      [
        '--port',
        String(port),
        '--data-dir',
        dataDir,
        '--seed',
        join(workDir, 'seed.json'),
        '--sweep-interval',
        '1h',
      ],
      { TREATYWATCH_WEBHOOK_SECRET: SECRET },
      START_DEADLINE_MS,
    );
    services = descendants(started.child.pid ?? -1).filter((p) => p.command.includes('java'));
    return started;
  };

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-dev-e2e-'));
    dataDir = join(workDir, 'data');
    outbox = join(dataDir, 'outbox');
    await writeFile(join(workDir, 'seed.json'), JSON.stringify(SEED));
    port = await freePort();
    dev = await start();
  }, START_DEADLINE_MS + 10_000);

  afterAll(async () => {
    await dev?.interrupt();
    await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it('runs DynamoDB Local as a Java child process', () => {
    expect(services.length).toBeGreaterThan(0);
  });

  const addNzEvent = (type: string, date: string) =>
    cli([
      'event',
      'add',
      '--state',
      'NZ',
      '--type',
      type,
      '--treaty',
      'ottawa',
      '--date',
      date,
      '--source',
      `https://example.org/nz-${type}`,
      '--api',
      dev.url,
    ]);

  /** Waits until the feed lists `count` alerts about New Zealand: they were published to the topic. */
  const waitForPublished = (count: number) =>
    waitFor(
      async () => {
        const feed = await (await fetch(`${dev.url}/feed.atom`)).text();
        return (feed.match(/New Zealand/g) ?? []).length >= count ? feed : undefined;
      },
      DELIVERY_DEADLINE_MS,
      `${count} published alert(s) about New Zealand`,
    );

  it(
    'sends nothing to a number before its code is verified, then the next matching change once',
    async () => {
      const subscribed = await cli([
        'subscribe',
        '--sms',
        NUMBER,
        '--state',
        'NZ',
        '--json',
        '--api',
        dev.url,
      ]);
      const { id, status } = JSON.parse(subscribed.stdout);
      expect(status).toBe('pending-verification');
      const codeLine = (await smsLines(outbox)).find((line) => /code: \d{6}/.test(line));
      const code = codeLine?.match(/code: (\d{6})/)?.[1] ?? '';
      expect(codeLine).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z \+1555\*+23 Treaty Watch code: \d{6}/);

      await addNzEvent('withdrawal-announced', '2025-07-01');
      await waitForPublished(1);
      // The alert went to the topic; give the deliverer as long as it takes for a subscriber.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect((await smsLines(outbox)).filter((line) => line.includes('New Zealand'))).toEqual([]);

      const verified = await cli([
        'subscribe',
        'verify',
        id,
        '--code',
        code,
        '--json',
        '--api',
        dev.url,
      ]);
      expect(JSON.parse(verified.stdout)).toMatchObject({ id, status: 'active' });
      expect((await smsLines(outbox)).some((line) => line.includes('/unsubscribe?id='))).toBe(true);

      await addNzEvent('withdrawal-approved', '2025-07-02');
      const lines = await waitFor(
        async () => {
          const found = (await smsLines(outbox)).filter((line) => line.includes('New Zealand'));
          return found.length > 0 ? found : undefined;
        },
        DELIVERY_DEADLINE_MS,
        'the SMS about New Zealand',
      );
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await smsLines(outbox)).filter((line) => line.includes('New Zealand'))).toHaveLength(
        1,
      );
      expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z \+1555\*+23 New Zealand/);
      expect((await smsLines(outbox)).join('\n')).not.toContain(NUMBER);
    },
    DELIVERY_DEADLINE_MS * 2 + 30_000,
  );

  it('answers 1,000 subscription requests from one client with at most the limit accepted, the rest 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 1_000; i += 1) {
      const response = await fetch(`${dev.url}/subscriptions`, {
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
    // One subscription came from this client in the test before.
    expect(statuses.filter((s) => s === 202).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(990);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const codes = (await smsLines(outbox)).filter((line) =>
      /\+1555\*+\d\d Treaty Watch code/.test(line),
    );
    expect(codes.length).toBeLessThanOrEqual(11);
  }, 180_000);

  it('refuses an unsigned request with 401', async () => {
    const response = await fetch(`${dev.url}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...SEED[0], state: 'LV' }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses a request signed ten minutes ago with 401', async () => {
    const body = JSON.stringify({ ...SEED[0], state: 'LV' });
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    const response = await fetch(`${dev.url}/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signRequest(body, SECRET, tenMinutesAgo),
      },
      body,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'stale-signature' });
  });

  it('describes itself in stack.json in the data directory, with endpoints that answer', async () => {
    const stack = readStackFile(join(dataDir, 'stack.json'));
    expect(stack).toMatchObject({
      apiUrl: dev.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      topicArn: expect.stringMatching(/^arn:aws:sns:us-east-1:\d+:treatywatch-alerts$/),
      pid: dev.child.pid,
    });
    expect(dev.stdout()).toContain(join(dataDir, 'stack.json'));
    const dynamodb = new DynamoDBClient({
      endpoint: stack.dynamodbEndpoint,
      region: stack.region,
      credentials: stack.credentials,
    });
    try {
      const { TableNames } = await dynamodb.send(new ListTablesCommand({}));
      expect(TableNames).toContain(stack.tableName);
    } finally {
      dynamodb.destroy();
    }
  });

  it('stops every child process on SIGINT', async () => {
    const tree = descendants(dev.child.pid ?? -1);
    expect(await dev.interrupt()).toBe(0);
    expect([...tree, ...services].filter(isRunning)).toEqual([]);
  }, 60_000);

  it('removes stack.json on SIGINT', async () => {
    await dev.interrupt();
    await expect(readFile(join(dataDir, 'stack.json'), 'utf8')).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it(
    'sends no alert twice after a restart on the same data directory',
    async () => {
      dev = await start();
      // A new change after the restart: once its SMS is out, anything replayed would be out too.
      await cli([
        'event',
        'add',
        '--state',
        'NZ',
        '--type',
        'withdrawal-revoked',
        '--treaty',
        'ottawa',
        '--date',
        '2025-07-05',
        '--source',
        'https://example.org/nz-revoked',
        '--api',
        dev.url,
      ]);
      const alerts = async () =>
        (await smsLines(outbox)).filter((line) => line.includes('New Zealand'));
      const lines = await waitFor(
        async () => {
          const found = await alerts();
          return found.length >= 2 ? found : undefined;
        },
        DELIVERY_DEADLINE_MS,
        'the SMS about the revocation',
      );
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('withdrawal approved');
      expect(lines[1]).toContain('party');
    },
    START_DEADLINE_MS + DELIVERY_DEADLINE_MS,
  );
});
