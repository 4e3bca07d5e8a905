import { buildApp } from 'fauxqs';
import { LOOPBACK_HOST } from './constants.js';
import type { LocalService } from './LocalService.js';

/** Options of `startSnsEmulator`. */
export interface SnsEmulatorOptions {
  /** Port to listen on; one the OS picks when absent. */
  readonly port?: number;
}

/**
 * Starts fauxqs in this process on 127.0.0.1 only: SNS and SQS on one
 * endpoint, with filter policies and SNS → SQS fan-out, so a test can
 * subscribe a queue and read what a subscriber would receive.
 *
 * fauxqs's `startFauxqs` listens on 0.0.0.0 whatever it is given, so the
 * emulator is its `buildApp` (the same SNS, SQS and S3 routes and in-memory
 * stores) listening on the loopback address. What only `startFauxqs` adds
 * (persistence, message spies, an init file) is not used here.
 *
 * @example
 * const sns = await startSnsEmulator();
 * const client = new SNSClient({ endpoint: sns.endpoint, region: 'us-east-1' });
 * await sns.stop();
 */
export async function startSnsEmulator(options: SnsEmulatorOptions = {}): Promise<LocalService> {
  const app = buildApp({ logger: false });
  await app.listen({ port: options.port ?? 0, host: LOOPBACK_HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    endpoint: `http://${LOOPBACK_HOST}:${port}`,
    port,
    stop: () => app.close(),
  };
}
