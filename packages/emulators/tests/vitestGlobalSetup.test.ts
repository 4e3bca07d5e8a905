import { describe, expect, it } from 'vitest';
import setup from '../src/vitestGlobalSetup.js';
import { answers, processesMentioning } from './helpers/processes.js';

describe('vitestGlobalSetup', () => {
  it('provides both endpoints and stops both services on teardown', async () => {
    const provided = new Map<string, unknown>();
    const teardown = await setup({
      provide: ((key: string, value: unknown) => provided.set(key, value)) as never,
    });
    const dynamodb = String(provided.get('dynamodbEndpoint'));
    const sns = String(provided.get('snsEndpoint'));
    expect(dynamodb).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sns).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await answers(dynamodb)).toBe(true);
    expect(await answers(sns)).toBe(true);

    await teardown();

    expect(await answers(dynamodb)).toBe(false);
    expect(await answers(sns)).toBe(false);
    expect(processesMentioning(`-port ${new URL(dynamodb).port}`)).toEqual([]);
  });
});
