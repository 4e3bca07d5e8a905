import { buildApp } from 'fauxqs';
import type { AnsweredRequest } from './AnsweredRequest.js';
import { LOOPBACK_HOST } from './constants.js';
import type { SnsEmulator } from './SnsEmulator.js';

/** Options of `startSnsEmulator`. */
export interface SnsEmulatorOptions {
  /** Port to listen on; one the OS picks when absent. */
  readonly port?: number;
}

const PUBLISH_ACTIONS: ReadonlySet<string> = new Set(['Publish', 'PublishBatch']);
const SQS_TARGET_PREFIX = 'AmazonSQS.';

/**
 * Starts fauxqs in this process on 127.0.0.1 only: SNS and SQS on one
 * endpoint, with filter policies and SNS → SQS fan-out, so a test can
 * subscribe a queue and read what a subscriber would receive.
 *
 * fauxqs's `startFauxqs` listens on 0.0.0.0 whatever it is given, so the
 * emulator is its `buildApp` (the same SNS, SQS and S3 routes and in-memory
 * stores) listening on the loopback address. What only `startFauxqs` adds
 * (persistence, message spies, an init file) is not used here. A hook on the
 * app tells listeners what was answered (`onPublish`, `onRequest`).
 *
 * @example
 * const sns = await startSnsEmulator();
 * const stopListening = sns.onPublish((topicArn) => console.log(`published to ${topicArn}`));
 * const client = new SNSClient({ endpoint: sns.endpoint, region: 'us-east-1' });
 * await sns.stop();
 */
export async function startSnsEmulator(options: SnsEmulatorOptions = {}): Promise<SnsEmulator> {
  const app = buildApp({ logger: false });
  const publishListeners = new Set<(topicArn: string) => void>();
  const requestListeners = new Set<(request: AnsweredRequest) => void>();
  app.addHook('onResponse', async (request, reply) => {
    if (publishListeners.size === 0 && requestListeners.size === 0) return;
    const answered: AnsweredRequest = {
      method: request.method,
      path: request.url.split('?')[0] ?? request.url,
      action: actionOf(request.headers['x-amz-target'], request.body),
      statusCode: reply.statusCode,
    };
    for (const listener of requestListeners) tell(listener, answered);
    if (answered.statusCode >= 400 || !PUBLISH_ACTIONS.has(answered.action ?? '')) return;
    const topicArn = (request.body as Record<string, unknown>).TopicArn;
    if (typeof topicArn !== 'string') return;
    for (const listener of publishListeners) tell(listener, topicArn);
  });
  await app.listen({ port: options.port ?? 0, host: LOOPBACK_HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://${LOOPBACK_HOST}:${port}`,
    port,
    onPublish: (listener) => listen(publishListeners, listener),
    onRequest: (listener) => listen(requestListeners, listener),
    stop: async () => {
      publishListeners.clear();
      requestListeners.clear();
      await app.close();
    },
  };
}

/** The SQS action from the `X-Amz-Target` header (JSON protocol), or the SNS one from the form body. */
function actionOf(target: string | string[] | undefined, body: unknown): string | undefined {
  if (typeof target === 'string' && target.startsWith(SQS_TARGET_PREFIX)) {
    return target.slice(SQS_TARGET_PREFIX.length);
  }
  if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body)) {
    const action = (body as Record<string, unknown>).Action;
    if (typeof action === 'string') return action;
  }
  return undefined;
}

function listen<T>(listeners: Set<(value: T) => void>, listener: (value: T) => void): () => void {
  // A wrapper of its own, so the same function added twice is called twice and removed once per call.
  const entry = (value: T) => listener(value);
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

function tell<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch {
    // A listener's failure is its own; the emulator has answered already.
  }
}
