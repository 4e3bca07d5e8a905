import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import {
  DEFAULT_ALERT_TOPIC_SHARDS,
  InvalidInputError,
  SNS_FILTER_POLICY_QUOTAS,
} from '@treatywatch/core';
import type { LocalStack } from '@treatywatch/local-stack';
import { LOCAL_STACK } from '@treatywatch/local-stack/constants';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { colorEnabled } from '../colorEnabled.js';
import { CliError } from '../errors.js';
import { parseCount } from '../parseCount.js';
import { parseDuration } from '../parseDuration.js';
import { parsePort } from '../parsePort.js';
import { type LimitOptions, parseSubscriptionLimits } from '../parseSubscriptionLimits.js';
import { formatAssessTable } from './assessTable.js';

interface DevOptions extends LimitOptions {
  readonly port: string;
  readonly alertTopicShards: string;
  readonly filterPoliciesPerTopic: string;
  readonly dataDir?: string;
  readonly sweepInterval?: string;
  readonly seed?: string;
}

/** How long a clean shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 15_000;

/**
 * Registers `treatywatch dev [--port 8787] [--data-dir DIR] [--sweep-interval 30s] [--seed FILE]
 * [--no-limits] [--subscriptions-per-ip-per-hour N] [--requests-per-endpoint-per-day N]
 * [--verification-sms-per-day N] [--sms-countries +44,+353]
 * [--alert-topic-shards M] [--filter-policies-per-topic N]`:
 * a thin command over `startLocalStack` (`@treatywatch/local-stack`). It
 * parses the options, prints the status table and the banner once the stack
 * is ready, and stops it on Ctrl-C or SIGTERM.
 */
export function registerDev(program: Command): Command {
  return program
    .command('dev')
    .description(
      'run Treaty Watch on this machine: DynamoDB Local, an SNS/SQS emulator, the handlers and the HTTP API; alerts go to the outbox',
    )
    .option('--port <port>', 'port of the HTTP API on 127.0.0.1', String(LOCAL_STACK.defaultPort))
    .option(
      '--data-dir <dir>',
      'keep the table, subscribers, checkpoints and outbox here between runs (default: in memory, outbox in ./.treatywatch/outbox); the stack file is written here too (default: ./.treatywatch/stack.json)',
    )
    .option(
      '--sweep-interval <duration>',
      'sweep every so often (30s, 5m) instead of daily at 00:05 UTC',
    )
    .option(
      '--seed <file>',
      "events recorded on the first start (default: the repository's data/events.json)",
    )
    .option('--no-limits', 'lift the subscription abuse limits (local load tests only)')
    .option(
      '--subscriptions-per-ip-per-hour <n>',
      'subscription requests per source address (default 10)',
    )
    .option('--requests-per-endpoint-per-day <n>', 'subscription requests per endpoint (default 3)')
    .option(
      '--verification-sms-per-day <n>',
      'verification SMS per UTC day, all callers (default 500)',
    )
    .option(
      '--sms-countries <prefixes>',
      'E.164 prefixes SMS may go to, e.g. +44,+353 (default: all)',
    )
    .option(
      '--alert-topic-shards <m>',
      'alert topics subscriptions are spread over, as alertTopicShards in a deployment',
      String(DEFAULT_ALERT_TOPIC_SHARDS),
    )
    .option(
      '--filter-policies-per-topic <n>',
      "subscriptions (filter policies) one alert topic holds (SNS's quota); set it small to fill shards with a few subscribers",
      String(SNS_FILTER_POLICY_QUOTAS.perTopic),
    )
    .addHelpText(
      'after',
      `
Environment:
  TREATYWATCH_WEBHOOK_SECRET  the webhook signing secret (default: generated and printed)
  TREATYWATCH_SMTP_URL        also send emails by SMTP, e.g. smtp://user:pass@localhost:1025
  NO_COLOR                    no colours

Needs Java 17+ for DynamoDB Local. Ctrl-C stops everything.

Example:
  $ npm start -- --port 8788 --data-dir .treatywatch/data`,
    )
    .action(async (options: DevOptions) => {
      const port = parsePort(options.port, '--port');
      const sweepIntervalMs =
        options.sweepInterval === undefined
          ? undefined
          : parseDuration(options.sweepInterval, '--sweep-interval');
      const subscriptionLimits = parseSubscriptionLimits(options);
      const alertTopicShards = parseCount(options.alertTopicShards, '--alert-topic-shards', 1_000);
      const filterPoliciesPerTopic = parseCount(
        options.filterPoliciesPerTopic,
        '--filter-policies-per-topic',
        1_000_000,
      );
      const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
      const configuredSecret = process.env.TREATYWATCH_WEBHOOK_SECRET;
      const webhookSecret = configuredSecret || randomBytes(32).toString('hex');
      const stderrColor = colorEnabled(process.stderr, process.env);
      const stop = onceStopRequested();

      // Loaded here, not at the top: the other commands start without the emulators and handlers.
      const localStack = await import('@treatywatch/local-stack');
      const seedFile =
        options.seed === undefined ? localStack.defaultSeedFile() : resolve(options.seed);
      let stack: LocalStack;
      try {
        stack = await localStack.startLocalStack({
          port,
          ...(dataDir === undefined ? {} : { dataDir }),
          ...(seedFile === undefined ? {} : { seedFile }),
          ...(sweepIntervalMs === undefined ? {} : { sweepIntervalMs }),
          webhookSecret,
          subscriptionLimits,
          alertTopicShards,
          filterPoliciesPerTopic,
          ...(process.env.TREATYWATCH_SMTP_URL
            ? { smtpUrl: process.env.TREATYWATCH_SMTP_URL }
            : {}),
          progress: new localStack.Progress(process.stderr, { color: stderrColor }),
          log: localStack.createDevLog(process.stderr, { color: stderrColor }),
        });
      } catch (error) {
        // Ctrl-C during start-up: the services were stopped under the start-up's feet.
        if (stop.signal !== undefined)
          throw new CliError('interrupted during start-up', { exitCode: 130 });
        throw startError(error, port, localStack);
      }

      // The emulators kill DynamoDB Local at the first SIGINT or SIGTERM, a safety net for test
      // runs that would take it down under the running pollers. This command owns the process:
      // it stops the stack in order instead (HTTP, pollers, deliverers, then the emulators), and
      // the emulators' exit hook still kills Java should the process exit first.
      stop.handleAlone();

      const stdoutColor = colorEnabled(process.stdout, process.env);
      const assessments = await stack.assessments();
      process.stdout.write(
        `\n${formatAssessTable(assessments, { asOf: stack.asOf, color: stdoutColor })}\n`,
      );
      process.stdout.write(
        banner(stack, {
          color: stdoutColor,
          dataDir,
          secret: configuredSecret ? undefined : webhookSecret,
          sweepIntervalMs,
        }),
      );

      const signal = await stop.requested;
      process.stderr.write(`\n${signal}: shutting down...\n`);
      const forced = setTimeout(() => {
        process.stderr.write('treatywatch: shutdown is taking too long; exiting\n');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      forced.unref();
      await stack.stop();
      clearTimeout(forced);
      process.stderr.write('stopped.\n');
    });
}

/** A stop request: the first SIGINT or SIGTERM; a second one exits at once. */
interface StopRequest {
  readonly requested: Promise<NodeJS.Signals>;
  /** The signal received, once one is. */
  readonly signal: NodeJS.Signals | undefined;
  /** Makes this request the only handler of SIGINT and SIGTERM in the process. */
  handleAlone(): void;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onceStopRequested(): StopRequest {
  let received: NodeJS.Signals | undefined;
  let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const requested = new Promise<NodeJS.Signals>((resolveSignal) => {
    onSignal = (signal: NodeJS.Signals) => {
      if (received !== undefined) process.exit(130);
      received = signal;
      resolveSignal(signal);
    };
  });
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return {
    requested,
    get signal() {
      return received;
    },
    handleAlone() {
      for (const signal of STOP_SIGNALS) {
        for (const listener of process.listeners(signal)) {
          if (listener !== onSignal) process.removeListener(signal, listener);
        }
      }
    },
  };
}

function startError(
  error: unknown,
  port: number,
  localStack: typeof import('@treatywatch/local-stack'),
): unknown {
  if (error instanceof localStack.JavaUnavailableError)
    return new CliError(error.message, { cause: error });
  if (error instanceof localStack.SeedFileError)
    return new InvalidInputError(error.issues, { message: error.message, cause: error });
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE') {
    return new CliError(
      `port ${port} on ${LOCAL_STACK.host} is in use; choose another with --port`,
      {
        cause: error,
      },
    );
  }
  return error;
}

function banner(
  stack: LocalStack,
  options: {
    readonly color: boolean;
    readonly dataDir: string | undefined;
    readonly secret: string | undefined;
    readonly sweepIntervalMs: number | undefined;
  },
): string {
  const c = createColors(options.color);
  const seed =
    stack.seed.kind === 'seeded'
      ? `${stack.seed.recorded} events recorded from ${stack.seed.file}`
      : stack.seed.kind === 'already-seeded'
        ? `done on ${stack.seed.at.slice(0, 10)} (kept in the data directory)`
        : 'no seed file';
  const lines = [
    c.bold(`Treaty Watch is running at ${stack.url}`),
    `  webhook     POST ${stack.url}/events, POST ${stack.url}/evaluate (signed)`,
    `  public      GET ${stack.url}/status, GET ${stack.url}/status/{state}, POST ${stack.url}/subscriptions`,
    options.secret === undefined
      ? '  secret      from TREATYWATCH_WEBHOOK_SECRET'
      : `  secret      ${c.yellow(options.secret)} (generated; export TREATYWATCH_WEBHOOK_SECRET=${options.secret} to sign requests)`,
    `  outbox      ${stack.outboxDir}`,
    `  stack       ${stack.stackFile} (endpoints, region, table, topic as JSON; removed on stop)`,
    `  data        ${options.dataDir ?? 'in memory (use --data-dir to keep it)'}`,
    `  seed        ${seed}`,
    `  shards      ${stack.description.topicArns.length} alert topics, ${stack.description.filterPoliciesPerTopic} filter policies each (treatywatch status --subscriptions)`,
    `  sweep       ${options.sweepIntervalMs === undefined ? 'at start, then daily at 00:05 UTC' : `at start, then every ${options.sweepIntervalMs} ms`}`,
    '',
    c.dim('Press Ctrl-C to stop.'),
  ];
  return `${lines.join('\n')}\n`;
}
