import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSeedFile, type StackDescription, startLocalStack } from '@treatywatch/local-stack';

/** The local stack, started by the benchmarks. */
export interface DevStack {
  /** Base URL of its HTTP API. */
  readonly url: string;
  /** Where its local subscribers' alerts land (`sms.log` for SMS subscribers). */
  readonly outboxDir: string;
  /** What the stack says about itself: emulator endpoints, region, topic. */
  readonly description: StackDescription;
  /** The webhook signing secret it was started with. */
  readonly secret: string;
  /** Seconds from the call to a ready stack. */
  readonly startSeconds: number;
  /** Stops the stack and removes its temporary directory. */
  stop(): Promise<void>;
}

/**
 * Starts the local stack as `treatywatch dev` does, in this process: a free
 * port, the default seed (the repository's events), data in memory, and the
 * outbox and stack file in a fresh temporary directory. Resolves once the
 * stack is ready (seeded and evaluated).
 */
export async function startDevStack(): Promise<DevStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'treatywatch-bench-'));
  const secret = randomBytes(32).toString('hex');
  const seedFile = defaultSeedFile();
  const started = performance.now();
  try {
    const stack = await startLocalStack({
      port: 0,
      webhookSecret: secret,
      ...(seedFile === undefined ? {} : { seedFile }),
      outboxDir: join(workDir, 'outbox'),
      stackFile: join(workDir, 'stack.json'),
    });
    return {
      url: stack.url,
      outboxDir: stack.outboxDir,
      description: stack.description,
      secret,
      startSeconds: (performance.now() - started) / 1000,
      async stop() {
        await stack.stop();
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
