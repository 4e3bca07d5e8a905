import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DATA_DIR_LAYOUT,
  defaultSeedFile,
  type LocalStackOptions,
  type LocalSubscriber,
  type StackDescription,
  startLocalStack,
} from '@treatywatch/local-stack';

/** Options of `startDevStack`; the shard and limit options go to `startLocalStack` as they are. */
export interface DevStackOptions
  extends Pick<
    LocalStackOptions,
    'alertTopicShards' | 'filterPoliciesPerTopic' | 'subscriptionLimits'
  > {
  /** Records the default seed (the repository's events) on start; true by default. */
  readonly seed?: boolean;
  /**
   * Local subscribers the stack starts with: written to the subscriber
   * registry of a data directory before the start, so the stack's subscription
   * channel re-creates their queues and subscriptions in the SNS emulator, as
   * after a restart of `treatywatch dev --data-dir`.
   */
  readonly subscribers?: readonly LocalSubscriber[];
}

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
  /** The delivery ledger (one JSON line per alert delivered), when started with subscribers. */
  readonly deliveriesFile: string | undefined;
  /** Stops the stack and removes its temporary directory. */
  stop(): Promise<void>;
}

/**
 * Starts the local stack as `treatywatch dev` does, in this process: a free
 * port, the default seed (the repository's events) unless `seed` is false,
 * data in memory (in a data directory when started with `subscribers`), and
 * the outbox and stack file in a fresh temporary directory. Resolves once the
 * stack is ready (seeded and evaluated).
 */
export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'treatywatch-bench-'));
  const secret = randomBytes(32).toString('hex');
  const seedFile = options.seed === false ? undefined : defaultSeedFile();
  const dataDir = options.subscribers === undefined ? undefined : join(workDir, 'data');
  if (dataDir !== undefined) {
    const registry = join(dataDir, DATA_DIR_LAYOUT.subscribers);
    mkdirSync(dirname(registry), { recursive: true });
    writeFileSync(registry, JSON.stringify(options.subscribers));
  }
  const started = performance.now();
  try {
    const stack = await startLocalStack({
      port: 0,
      webhookSecret: secret,
      ...(seedFile === undefined ? {} : { seedFile }),
      ...(dataDir === undefined ? {} : { dataDir }),
      outboxDir: join(workDir, 'outbox'),
      stackFile: join(workDir, 'stack.json'),
      alertTopicShards: options.alertTopicShards,
      filterPoliciesPerTopic: options.filterPoliciesPerTopic,
      subscriptionLimits: options.subscriptionLimits,
    });
    return {
      url: stack.url,
      outboxDir: stack.outboxDir,
      description: stack.description,
      secret,
      startSeconds: (performance.now() - started) / 1000,
      deliveriesFile: dataDir === undefined ? undefined : join(dataDir, DATA_DIR_LAYOUT.deliveries),
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
