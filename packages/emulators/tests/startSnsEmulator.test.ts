import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalService, startSnsEmulator } from '../src/index.js';
import { listeningAddresses } from './helpers/listeners.js';
import { answers } from './helpers/processes.js';

function snsAction(endpoint: string, params: Record<string, string>): Promise<Response> {
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20250101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: new URLSearchParams({ Version: '2010-03-31', ...params }).toString(),
  });
}

describe('startSnsEmulator', () => {
  let service: LocalService;
  let stoppedAlready = false;

  beforeAll(async () => {
    service = await startSnsEmulator();
  });

  afterAll(async () => {
    if (!stoppedAlready) await service.stop();
  });

  it('listens on a port the OS picked', () => {
    expect(service.port).toBeGreaterThan(0);
    expect(service.endpoint).toBe(`http://127.0.0.1:${service.port}`);
  });

  it('listens on the loopback address only', () => {
    expect(listeningAddresses(service.port)).toEqual(['127.0.0.1']);
  });

  it('creates a topic through the SNS API', async () => {
    const response = await snsAction(service.endpoint, { Action: 'CreateTopic', Name: 'alerts' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('arn:aws:sns:us-east-1:000000000000:alerts');
  });

  it('stops listening when stopped', async () => {
    await service.stop();
    stoppedAlready = true;
    expect(await answers(service.endpoint)).toBe(false);
  });
});
