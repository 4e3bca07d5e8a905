import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { descendants, isRunning, type ProcessInfo } from './helpers/processTree.js';
import { type DevProcess, startDevProcess } from './helpers/startDevProcess.js';

const SECRET = 'dev-command-e2e-secret';
const START_DEADLINE_MS = 240_000;
const STOP_DEADLINE_MS = 60_000;

/** The seed: two states. */
const SEED = ['EE', 'LV'].map((state) => ({
  state,
  type: 'withdrawal-notified',
  treaty: 'apmbc',
  date: '2025-06-27',
  source: `https://example.org/${state.toLowerCase()}-notified`,
}));

/** Lines of stderr that report a problem: an error, a failure, a warning, a refused connection. */
function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /error|fail|warn|refused|exception/i.test(line));
}

/** `treatywatch dev` as a user runs it: a child process, stopped by a signal. */
describe('treatywatch dev', () => {
  let workDir: string;
  let dataDir: string;
  let dev: DevProcess;
  let java: ProcessInfo[] = [];

  const start = async () => {
    const started = await startDevProcess(
      [
        '--port',
        '0',
        '--data-dir',
        dataDir,
        '--seed',
        join(workDir, 'seed.json'),
        '--sweep-interval',
        '1h',
      ],
      join(dataDir, 'stack.json'),
      { TREATYWATCH_WEBHOOK_SECRET: SECRET },
      START_DEADLINE_MS,
    );
    java = descendants(started.child.pid ?? -1).filter((p) => p.command.includes('java'));
    return started;
  };

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'treatywatch-dev-e2e-'));
    dataDir = join(workDir, 'data');
    await writeFile(join(workDir, 'seed.json'), JSON.stringify(SEED));
    dev = await start();
  }, START_DEADLINE_MS + 10_000);

  afterAll(async () => {
    await dev?.stop('SIGKILL');
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }, STOP_DEADLINE_MS);

  it('answers GET /status with every seeded assessment once its stack file is there', async () => {
    const response = await fetch(`${dev.description.apiUrl}/status`);
    expect(response.status).toBe(200);
    const { assessments } = (await response.json()) as { assessments: unknown[] };
    expect(assessments).toHaveLength(SEED.length);
  });

  it('prints a banner naming the API URL, on 127.0.0.1, and the stack file', async () => {
    expect(dev.description.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The stack file comes first; the banner follows it.
    await vi.waitFor(() => expect(dev.stdout()).toContain('Press Ctrl-C to stop.'));
    expect(dev.stdout()).toContain(`Treaty Watch is running at ${dev.description.apiUrl}`);
    expect(dev.stdout()).toContain(join(dataDir, 'stack.json'));
  });

  it('runs DynamoDB Local as a Java child process', () => {
    expect(java.length).toBeGreaterThan(0);
  });

  it(
    'stops on SIGINT: exits 0, leaves no child process and no stack file, and reports no problem',
    async () => {
      const tree = descendants(dev.child.pid ?? -1);
      expect(await dev.stop('SIGINT')).toBe(0);
      expect([...tree, ...java].filter(isRunning)).toEqual([]);
      expect(existsSync(join(dataDir, 'stack.json'))).toBe(false);
      expect(problemLines(dev.stderr())).toEqual([]);
      expect(dev.stderr()).toContain('stopped.');
    },
    STOP_DEADLINE_MS,
  );

  it(
    'stops on SIGTERM after a restart on the same data directory, with no problem reported',
    async () => {
      dev = await start();
      await vi.waitFor(() => expect(dev.stdout()).toMatch(/seed\s+done on \d{4}-\d{2}-\d{2}/));
      const tree = descendants(dev.child.pid ?? -1);
      expect(await dev.stop('SIGTERM')).toBe(0);
      expect([...tree, ...java].filter(isRunning)).toEqual([]);
      expect(existsSync(join(dataDir, 'stack.json'))).toBe(false);
      expect(problemLines(dev.stderr())).toEqual([]);
    },
    START_DEADLINE_MS + STOP_DEADLINE_MS,
  );
});
