import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalService, startDynamoDBLocal } from '../src/index.js';
import { listeningAddresses } from './helpers/listeners.js';
import { answers, processesMentioning } from './helpers/processes.js';

async function listTables(endpoint: string): Promise<unknown> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.ListTables',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: '{}',
  });
  return response.json();
}

describe('startDynamoDBLocal', () => {
  let service: LocalService;
  let stoppedAlready = false;

  beforeAll(async () => {
    service = await startDynamoDBLocal();
  });

  afterAll(async () => {
    if (!stoppedAlready) await service.stop();
  });

  it('answers ListTables on a local endpoint once started', async () => {
    expect(service.endpoint).toBe(`http://127.0.0.1:${service.port}`);
    await expect(listTables(service.endpoint)).resolves.toEqual({ TableNames: [] });
  });

  it('runs one Java process listening on its port', () => {
    const java = processesMentioning(`-port ${service.port}`);
    expect(java).toHaveLength(1);
    expect(java[0]).toMatch(/java .*DynamoDBLocal\.jar.*-inMemory/);
  });

  it('listens on the loopback address only', () => {
    expect(listeningAddresses(service.port)).toEqual([
      expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/),
    ]);
  });

  it('leaves no Java process and no listener behind when stopped', async () => {
    await service.stop();
    stoppedAlready = true;
    expect(processesMentioning(`-port ${service.port}`)).toEqual([]);
    expect(await answers(service.endpoint)).toBe(false);
  });
});
