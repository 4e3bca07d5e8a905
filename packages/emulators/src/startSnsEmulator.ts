import { startFauxqs } from 'fauxqs';
import type { LocalService } from './LocalService.js';

/** Options of `startSnsEmulator`. */
export interface SnsEmulatorOptions {
  /** Port to listen on; one the OS picks when absent. */
  readonly port?: number;
}

/**
 * Starts fauxqs in this process: SNS and SQS on one endpoint, with filter
 * policies and SNS → SQS fan-out, so a test can subscribe a queue and read what
 * a subscriber would receive.
 *
 * @example
 * const sns = await startSnsEmulator();
 * const client = new SNSClient({ endpoint: sns.endpoint, region: 'us-east-1' });
 * await sns.stop();
 */
export async function startSnsEmulator(options: SnsEmulatorOptions = {}): Promise<LocalService> {
  const server = await startFauxqs({ port: options.port ?? 0, logger: false });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    stop: () => server.stop(),
  };
}
