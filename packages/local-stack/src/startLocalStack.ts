import { join, resolve } from 'node:path';
import { CreateTopicCommand } from '@aws-sdk/client-sns';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  DynamoAssessmentStore,
  DynamoEventStore,
  DynamoNotificationLedger,
  DynamoRateLimiter,
  DynamoSubscriptionCapacity,
  DynamoSubscriptionStore,
  StreamedTestAlertChannel,
} from '@treatywatch/aws/dynamodb';
import { SnsNotifier } from '@treatywatch/aws/sns';
import { createTable, STREAM_BATCH_SIZE, STREAM_FILTERS } from '@treatywatch/aws/table';
import {
  DEFAULT_ALERT_TOPIC_SHARDS,
  DEFAULT_SUBSCRIPTION_LIMITS,
  evaluateAll,
  listAssessments,
  SNS_FILTER_POLICY_QUOTAS,
  type StoredAssessment,
  type SubscriptionLimits,
  systemClock,
} from '@treatywatch/core';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '@treatywatch/emulators';
import {
  createApiApp,
  createOnAssessmentChangeHandler,
  createOnEventHandler,
  createSweepHandler,
  createWebhookApp,
} from '@treatywatch/functions';
import type { IsoDate } from '@treatywatch/rules';
import { DATA_DIR_LAYOUT, DEFAULT_LAYOUT, LOCAL_STACK, localTopicName } from './constants.js';
import { type DevLog, SILENT_LOG } from './DevLog.js';
import { createConfirmFunction } from './http/createConfirmFunction.js';
import { type RunningHttpServer, startHttpServer } from './http/startHttpServer.js';
import { lambdaContext, scheduledEvent } from './lambdaContext.js';
import { SILENT_STEPS, type StepReporter } from './Progress.js';
import { SweepTimer } from './SweepTimer.js';
import { type SeedOutcome, seedOnce } from './seedOnce.js';
import { removeStackFile, type StackDescription, writeStackFile } from './stackFile.js';
import { startLocalServices } from './startLocalServices.js';
import { CheckpointStore } from './streams/CheckpointStore.js';
import type { FilterPattern } from './streams/matchesFilterPattern.js';
import { type StreamHandler, StreamPoller } from './streams/StreamPoller.js';
import { AlertDeliverer } from './subscribers/AlertDeliverer.js';
import { DeliveryLedger } from './subscribers/DeliveryLedger.js';
import { LocalSubscriptionChannel } from './subscribers/LocalSubscriptionChannel.js';
import { Outbox } from './subscribers/Outbox.js';
import { OutboxSmsSender } from './subscribers/OutboxSmsSender.js';
import { SubscriberRegistry } from './subscribers/SubscriberRegistry.js';
import { subscriptionKey } from './subscriptionKey.js';

/** Options of `startLocalStack`. */
export interface LocalStackOptions {
  /** Port of the HTTP API on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Keeps DynamoDB Local's data, checkpoints, subscribers and the delivery ledger between runs; in memory when absent. */
  readonly dataDir?: string;
  /** Where alerts land: default `<dataDir>/outbox`, or `.treatywatch/outbox` in the working directory. */
  readonly outboxDir?: string;
  /**
   * Where the running stack describes itself (`StackDescription`) until it
   * stops: default `<dataDir>/stack.json`, or `.treatywatch/stack.json` in
   * the working directory.
   */
  readonly stackFile?: string;
  /** Events recorded on the first start (see `defaultSeedFile`); none when absent. */
  readonly seedFile?: string;
  /** Sweep every so often instead of daily at 00:05 UTC. */
  readonly sweepIntervalMs?: number;
  /** The key requests to the webhook are signed with. */
  readonly webhookSecret: string;
  /** `smtp://user:pass@host:port`: emails are also sent there. */
  readonly smtpUrl?: string;
  /**
   * Abuse limits of the subscription routes (`DEFAULT_SUBSCRIPTION_LIMITS`
   * when absent; `NO_SUBSCRIPTION_LIMITS` for load tests).
   */
  readonly subscriptionLimits?: SubscriptionLimits;
  /** Alert topics (shards) to create: `DEFAULT_ALERT_TOPIC_SHARDS` (as a deployment) when absent. */
  readonly alertTopicShards?: number;
  /**
   * Filter policies one alert topic may hold: 200 (SNS's default quota) when
   * absent. The emulator has no quota; the local channel keeps this one, so a
   * small value fills shards with a handful of subscribers.
   */
  readonly filterPoliciesPerTopic?: number;
  /** Shows the start-up steps; nothing by default. */
  readonly progress?: StepReporter;
  /** Where the stack reports what it does; nothing by default. */
  readonly log?: DevLog;
}

/** The running local stack, ready: seeded, evaluated and serving. */
export interface LocalStack {
  /** Base URL of the HTTP API, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Endpoints, region, credentials, table and topic, as written to the stack file. */
  readonly description: StackDescription;
  readonly outboxDir: string;
  /** The file describing the running stack; removed on `stop()`. */
  readonly stackFile: string;
  readonly seed: SeedOutcome;
  /** The day the start-up evaluation assessed for. */
  readonly asOf: IsoDate;
  /** Every stored assessment. */
  assessments(): Promise<StoredAssessment[]>;
  /**
   * Stops everything it started, last started first: the stack file goes,
   * then the sweep timer, the HTTP server, the stream pollers, the alert
   * deliverer, the outbox and the emulators. Calling it again waits for the
   * same stop.
   */
  stop(): Promise<void>;
}

/**
 * Runs Treaty Watch on this machine with the handlers and adapters of the
 * deployed system: DynamoDB Local and the SNS/SQS emulator, the table from
 * the shared definition and the alerts topic, stream pollers feeding
 * `on-event` and `on-assessment-change`, the sweep on its schedule, the HTTP
 * API on 127.0.0.1, and local subscribers whose alerts land in the outbox.
 *
 * Resolves once the stack is ready: the seed recorded and every state
 * evaluated. Only then does the HTTP API answer (it answers 503 before) and
 * the stack file appear. Stops what it started when a step fails.
 *
 * @example
 * const stack = await startLocalStack({ webhookSecret: 's3cret', dataDir: tmp, seedFile: defaultSeedFile() });
 * await fetch(`${stack.url}/status`);
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const progress = options.progress ?? SILENT_STEPS;
  const log = options.log ?? SILENT_LOG;
  const dataPath = (relative: string) =>
    options.dataDir === undefined ? undefined : join(options.dataDir, relative);
  const outboxDir = resolve(
    options.outboxDir ?? dataPath(DATA_DIR_LAYOUT.outbox) ?? DEFAULT_LAYOUT.outbox,
  );
  const stackFile = resolve(
    options.stackFile ?? dataPath(DATA_DIR_LAYOUT.stackFile) ?? DEFAULT_LAYOUT.stackFile,
  );
  const port = options.port ?? 0;

  // Handler logs: warnings and errors only (Powertools writes those to stderr), no EMF metrics.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

  const services = await startLocalServices({
    ...(options.dataDir === undefined
      ? {}
      : { dbPath: join(options.dataDir, DATA_DIR_LAYOUT.dynamodb) }),
    progress,
  });
  const stoppers: (() => Promise<void>)[] = [() => services.stop()];
  let stopped: Promise<void> | undefined;
  const stopAll = () => {
    stopped ??= (async () => {
      for (const stop of stoppers.reverse()) {
        await stop().catch((error: unknown) => log.warn(`while stopping: ${String(error)}`));
      }
    })();
    return stopped;
  };

  try {
    const tableName = LOCAL_STACK.tableName;
    await progress.step(`Creating table ${tableName}`, () =>
      createTable(services.dynamodb, tableName),
    );
    const shardCount = options.alertTopicShards ?? DEFAULT_ALERT_TOPIC_SHARDS;
    const filterPoliciesPerTopic =
      options.filterPoliciesPerTopic ?? SNS_FILTER_POLICY_QUOTAS.perTopic;
    for (const [name, value] of [
      ['alertTopicShards', shardCount],
      ['filterPoliciesPerTopic', filterPoliciesPerTopic],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > 1_000_000) {
        throw new RangeError(`${name} must be a whole number from 1 to 1,000,000, got ${value}`);
      }
    }
    const topicArns = await progress.step(
      `Creating ${shardCount} alert topic${shardCount === 1 ? '' : 's'} (${filterPoliciesPerTopic} filter policies each)`,
      () =>
        Promise.all(
          Array.from({ length: shardCount }, async (_, shard) => {
            const { TopicArn } = await services.sns.send(
              new CreateTopicCommand({ Name: localTopicName(shard) }),
            );
            if (TopicArn === undefined) throw new Error('CreateTopic answered without an ARN');
            return TopicArn;
          }),
        ),
    );
    const [topicArn = ''] = topicArns;

    const table = { client: services.document, tableName };
    const key = subscriptionKey(dataPath(DATA_DIR_LAYOUT.subscriptionKey));
    const events = new DynamoEventStore(table);
    const assessments = new DynamoAssessmentStore(table);
    const ledger = new DynamoNotificationLedger(table);
    const subscriptions = new DynamoSubscriptionStore(table);
    const notifier = new SnsNotifier({ client: services.sns, topicArns });
    const capacity = new DynamoSubscriptionCapacity({
      ...table,
      shardCount,
      filterPoliciesPerTopic,
    });
    const clock = systemClock;

    const outbox = new Outbox({
      directory: outboxDir,
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : {}),
    });
    stoppers.push(async () => outbox.close());
    let baseUrl = '';
    const channel = new LocalSubscriptionChannel({
      sns: services.sns,
      sqs: services.sqs,
      topicArns,
      filterPoliciesPerTopic,
      registry: new SubscriberRegistry(dataPath(DATA_DIR_LAYOUT.subscribers)),
      outbox,
      confirmUrl: (id, token) =>
        `${baseUrl}/confirm?${new URLSearchParams({ subscriber: id, token })}`,
    });
    const restored = await channel.restore();
    if (restored > 0) log.info(`restored ${restored} local subscriber queue(s)`);

    const deliverer = new AlertDeliverer({
      sqs: services.sqs,
      emulatorEndpoint: services.snsEndpoint,
      channel,
      outbox,
      ledger: new DeliveryLedger(dataPath(DATA_DIR_LAYOUT.deliveries)),
      log,
    });
    // No polling: a round after each publish, and one now for what a previous run left.
    const stopWaking = services.onSnsPublish(() => void deliverer.wake());
    deliverer.start();
    stoppers.push(async () => {
      stopWaking();
      await deliverer.stop();
    });

    const poll = (name: string, filter: FilterPattern, handler: StreamHandler) => {
      const poller = new StreamPoller({
        client: services.streams,
        tableName,
        region: LOCAL_REGION,
        name,
        handler,
        filters: [filter],
        checkpoints: new CheckpointStore(dataPath(DATA_DIR_LAYOUT.checkpoints(name))),
        batchSize: STREAM_BATCH_SIZE,
        log,
      });
      poller.start();
      stoppers.push(() => poller.stop());
    };
    const onEvent = createOnEventHandler({ events, assessments, clock });
    const onAssessmentChange = createOnAssessmentChangeHandler({ notifier, ledger, clock });
    poll('on-event', STREAM_FILTERS.events as unknown as FilterPattern, (event) =>
      onEvent(event, lambdaContext('on-event')),
    );
    poll(
      'on-assessment-change',
      STREAM_FILTERS.assessmentChanges as unknown as FilterPattern,
      (event) => onAssessmentChange(event, lambdaContext('on-assessment-change')),
    );

    const server: RunningHttpServer = await progress.step(
      `Starting the HTTP API on ${LOCAL_STACK.host}:${port}`,
      () =>
        startHttpServer({
          port,
          host: LOCAL_STACK.host,
          apps: {
            webhook: createWebhookApp({
              events,
              assessments,
              capacity,
              channel,
              clock,
              secrets: async () => [options.webhookSecret],
              getConnInfo,
            }),
            api: createApiApp({
              events,
              assessments,
              ledger,
              subscriptions,
              // As in AWS: email and https test alerts go through the table's
              // stream to on-assessment-change, which publishes them.
              channel: new StreamedTestAlertChannel({ ...table, channel, clock }),
              capacity,
              sms: new OutboxSmsSender(outbox),
              limiter: new DynamoRateLimiter(table),
              limits: options.subscriptionLimits ?? DEFAULT_SUBSCRIPTION_LIMITS,
              subscriptionKey: async () => key,
              clock,
              getConnInfo,
            }),
          },
          confirm: createConfirmFunction(channel),
          log,
        }),
    );
    baseUrl = server.url;
    stoppers.push(() => server.close());

    const seed = await seedOnce({
      events,
      file: options.seedFile,
      markerPath: dataPath(DATA_DIR_LAYOUT.seeded),
      progress,
    });
    const evaluation = await progress.step('Evaluating every state', () =>
      evaluateAll({ events, assessments, clock }),
    );

    const sweep = createSweepHandler({ events, assessments, notifier, ledger, clock });
    const timer = new SweepTimer(
      async () => {
        const summary = await sweep(scheduledEvent(new Date()), lambdaContext('sweep'));
        if (summary.due > 0 || summary.changes.length > 0 || summary.digests.length > 0) {
          log.info(
            `sweep ${summary.asOf}: ${summary.due} due, ${summary.changes.length} change(s), ${summary.reminders.length} reminder(s), ${summary.digests.length} digest(s)`,
          );
        }
      },
      log,
      options.sweepIntervalMs,
    );
    timer.start();
    stoppers.push(() => timer.stop());

    const description: StackDescription = {
      apiUrl: server.url,
      dynamodbEndpoint: services.dynamodbEndpoint,
      snsEndpoint: services.snsEndpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      tableName,
      topicArn,
      topicArns,
      filterPoliciesPerTopic,
      pid: process.pid,
    };
    await writeStackFile(stackFile, description);
    // Stoppers run last first: the file goes before anything it names.
    stoppers.push(() => removeStackFile(stackFile));
    server.open();

    return {
      url: server.url,
      description,
      outboxDir,
      stackFile,
      seed,
      asOf: evaluation.asOf,
      assessments: () => listAssessments({ assessments }),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
