import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type LocalStack,
  type LocalStackOptions,
  startLocalStack,
} from '../../src/startLocalStack.js';

/** A local stack whose data directory is a fresh temporary one, removed when it stops. */
export interface StackInTempDir {
  readonly stack: LocalStack;
  /** Stops the stack, then removes its directory. */
  stop(): Promise<void>;
}

/** Starts a local stack with `options` and a data directory under a new `prefix…` temporary directory. */
export async function startStackInTempDir(
  prefix: string,
  options: Omit<LocalStackOptions, 'dataDir'>,
): Promise<StackInTempDir> {
  const workDir = await mkdtemp(join(tmpdir(), prefix));
  try {
    const stack = await startLocalStack({ ...options, dataDir: join(workDir, 'data') });
    return {
      stack,
      async stop() {
        await stack.stop();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
