import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processesMentioning } from './helpers/processes.js';

const script = fileURLToPath(new URL('./helpers/startAndWait.ts', import.meta.url));

describe('childProcessGuard', () => {
  it('kills DynamoDB Local when the process that started it receives SIGTERM', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [chunk] = (await once(parent.stdout, 'data')) as [Buffer];
    const port = chunk.toString('utf8').trim();
    expect(processesMentioning(`-port ${port}`)).toHaveLength(1);

    parent.kill('SIGTERM');
    const [, signal] = (await once(parent, 'exit')) as [number | null, string | null];
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(signal).toBe('SIGTERM');
    expect(processesMentioning(`-port ${port}`)).toEqual([]);
  });
});
