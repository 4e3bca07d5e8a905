import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from '@treatywatch/emulators';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DevLog } from '../src/DevLog.js';
import { readStackFile } from '../src/stackFile.js';
import { type LocalStack, startLocalStack } from '../src/startLocalStack.js';
import { listeningAddresses } from './helpers/listeningAddresses.js';
import { NZ_ANNOUNCED, postJson, smsLines } from './helpers/stackRequests.js';

const SECRET = 'local-stack-test-secret';
const START_TIMEOUT_MS = 240_000;
const DELIVERY_TIMEOUT_MS = 90_000;
const NUMBER = '+15555550123';

/** The seed: three states, none of which the test subscribes to. */
const SEED = ['EE', 'LV', 'LT'].map((state) => ({
  state,
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-06-27',
  source: `https://example.org/${state.toLowerCase()}-notified`,
}));

/** What a client polling `GET /status` from before the start saw. */
interface StatusPoll {
  /** Status codes other than 200, in order. */
  readonly notReady: number[];
  /** For each 200: how many assessments it held, and whether the stack file existed when it came. */
  readonly answers: { readonly assessments: number; readonly stackFile: boolean }[];
}

/** Polls `GET /status` on `port` every 10 ms until `stop` is called; refused connections are retried. */
function pollStatus(port: number, stackFile: string): { poll: StatusPoll; stop(): Promise<void> } {
  const poll: StatusPoll = { notReady: [], answers: [] };
  let polling = true;
  const loop = (async () => {
    while (polling) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/status`);
        const body = (await response.json()) as { assessments?: unknown[] };
        if (response.status === 200) {
          poll.answers.push({
            assessments: body.assessments?.length ?? -1,
            stackFile: existsSync(stackFile),
          });
        } else poll.notReady.push(response.status);
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    poll,
    stop: async () => {
      polling = false;
      await loop;
    },
  };
}

function collectingLog(): DevLog & { readonly problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    info: () => undefined,
    warn: (message) => problems.push(`warn: ${message}`),
    error: (message) => problems.push(`error: ${message}`),
  };
}

const post = (stack: LocalStack, path: string, payload: unknown, signed: boolean) =>
  postJson(stack.url, path, payload, signed ? SECRET : undefined);

/** The SMS alerts about New Zealand, leaving out the code and the confirmation SMS. */
async function alertLines(stack: LocalStack): Promise<string[]> {
  return (await smsLines(stack.outboxDir)).filter((line) => line.includes('New Zealand'));
}

describe('startLocalStack', () => {
  let workDir: string;
  let dataDir: string;
  let port: number;
  let stack: LocalStack;
  let startup: StatusPoll;
  const log = collectingLog();

  const start = () =>
    startLocalStack({
      port,
      dataDir,
      seedFile: join(workDir, 'seed.json'),
      sweepIntervalMs: 3_600_000,
      webhookSecret: SECRET,
      log,
    });

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-local-stack-'));
    dataDir = join(workDir, 'data');
    await writeFile(join(workDir, 'seed.json'), JSON.stringify(SEED));
    port = await freePort();
    const polling = pollStatus(port, join(dataDir, 'stack.json'));
    stack = await start();
    // A few answers after the start resolved, to compare with what came before.
    await vi.waitFor(() => expect(polling.poll.answers.length).toBeGreaterThanOrEqual(5), {
      timeout: 10_000,
    });
    await polling.stop();
    startup = polling.poll;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await stack?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 while it starts, before the seed is evaluated', () => {
    expect(startup.notReady.length).toBeGreaterThan(0);
    expect(new Set(startup.notReady)).toEqual(new Set([503]));
  });

  it('never answers GET /status with fewer assessments than once it is ready', async () => {
    const ready = (await stack.assessments()).length;
    expect(ready).toBe(SEED.length);
    expect(startup.answers.map((answer) => answer.assessments)).toEqual(
      startup.answers.map(() => ready),
    );
  });

  it('writes the stack file before the first answer', () => {
    expect(startup.answers.every((answer) => answer.stackFile)).toBe(true);
  });

  it('says how the seed went', () => {
    expect(stack.seed).toMatchObject({ kind: 'seeded', recorded: SEED.length, duplicates: 0 });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(stack.url).toBe(`http://127.0.0.1:${port}`);
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
  });

  it('describes itself in stack.json in the data directory, with endpoints that answer', async () => {
    const description = readStackFile(join(dataDir, 'stack.json'));
    expect(description).toEqual(stack.description);
    expect(description).toMatchObject({
      apiUrl: stack.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      topicArn: expect.stringMatching(/^arn:aws:sns:us-east-1:\d+:treatywatch-alerts$/),
      pid: process.pid,
    });
    const dynamodb = new DynamoDBClient({
      endpoint: description.dynamodbEndpoint,
      region: description.region,
      credentials: description.credentials,
    });
    try {
      const { TableNames } = await dynamodb.send(new ListTablesCommand({}));
      expect(TableNames).toContain(description.tableName);
    } finally {
      dynamodb.destroy();
    }
  });

  it('refuses an unsigned event with 401', async () => {
    const { status } = await post(stack, '/events', { ...SEED[0], state: 'NZ' }, false);
    expect(status).toBe(401);
  });

  it(
    'writes an SMS naming the state to the outbox after a signed event changes its status',
    async () => {
      const subscribed = await post(
        stack,
        '/subscriptions',
        { protocol: 'sms', endpoint: NUMBER, states: ['NZ'] },
        false,
      );
      expect(subscribed).toMatchObject({ status: 202, body: { status: 'pending-verification' } });
      // The one-time code goes to the number (the outbox's sms.log locally); the right code activates it.
      const code = (await smsLines(stack.outboxDir)).join('\n').match(/code: (\d{6})/)?.[1];
      expect(code).toMatch(/^\d{6}$/);
      const verified = await post(
        stack,
        `/subscriptions/${String(subscribed.body.id)}/verify`,
        { code },
        false,
      );
      expect(verified).toMatchObject({ status: 200, body: { status: 'active' } });
      const recorded = await post(stack, '/events', NZ_ANNOUNCED, true);
      expect(recorded.status).toBe(201);

      await vi.waitFor(async () => expect(await alertLines(stack)).toHaveLength(1), {
        timeout: DELIVERY_TIMEOUT_MS,
        interval: 250,
      });
      const [line] = await alertLines(stack);
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\S+Z \+1555\*+23 New Zealand/);
      expect(line).not.toContain(NUMBER);
    },
    DELIVERY_TIMEOUT_MS + 30_000,
  );

  it('stops: the stack file goes, the port closes, and nothing is logged as a problem', async () => {
    await stack.stop();
    expect(existsSync(join(dataDir, 'stack.json'))).toBe(false);
    expect(listeningAddresses(port)).toEqual([]);
    expect(log.problems).toEqual([]);
  });

  it(
    'sends no alert twice after a restart on the same data directory',
    async () => {
      stack = await start();
      expect(stack.seed).toMatchObject({ kind: 'already-seeded' });
      // A new change after the restart: once its SMS is out, anything replayed would be out too.
      await post(
        stack,
        '/events',
        {
          state: 'NZ',
          type: 'withdrawal-revoked',
          treaty: 'apmbc',
          date: '2025-07-05',
          source: 'https://example.org/nz-revoked',
        },
        true,
      );
      await vi.waitFor(
        async () => expect((await alertLines(stack)).length).toBeGreaterThanOrEqual(2),
        { timeout: DELIVERY_TIMEOUT_MS, interval: 250 },
      );
      const lines = await alertLines(stack);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('withdrawal announced');
      expect(lines[1]).toContain('party');
    },
    START_TIMEOUT_MS + DELIVERY_TIMEOUT_MS,
  );
});
