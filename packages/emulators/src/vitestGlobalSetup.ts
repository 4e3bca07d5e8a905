import type { TestProject } from 'vitest/node';
import { startDynamoDBLocal } from './startDynamoDBLocal.js';
import { startSnsEmulator } from './startSnsEmulator.js';

declare module 'vitest' {
  interface ProvidedContext {
    /** DynamoDB Local's endpoint, e.g. `http://127.0.0.1:8123`. */
    dynamodbEndpoint: string;
    /** The SNS/SQS emulator's endpoint. */
    snsEndpoint: string;
  }
}

/**
 * Vitest global setup: one DynamoDB Local and one SNS/SQS emulator per test
 * run, stopped when the run ends. Tests read the endpoints with
 * `inject('dynamodbEndpoint')` and `inject('snsEndpoint')`; region `us-east-1`,
 * credentials `local`/`local`.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ['@treatywatch/emulators/vitest-global-setup'] } });
 */
export default async function setup({
  provide,
}: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const started = await Promise.allSettled([startDynamoDBLocal(), startSnsEmulator()]);
  const [dynamodbResult, snsResult] = started;
  if (dynamodbResult?.status !== 'fulfilled' || snsResult?.status !== 'fulfilled') {
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    const failure = started.find((r) => r.status === 'rejected');
    throw failure?.status === 'rejected'
      ? failure.reason
      : new Error('a local service did not start');
  }
  const dynamodb = dynamodbResult.value;
  const sns = snsResult.value;
  provide('dynamodbEndpoint', dynamodb.endpoint);
  provide('snsEndpoint', sns.endpoint);
  return async () => {
    await Promise.all([dynamodb.stop(), sns.stop()]);
  };
}
