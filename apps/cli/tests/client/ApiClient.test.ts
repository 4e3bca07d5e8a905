import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidInputError, SIGNATURE_HEADER, verifySignature } from '@treatywatch/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/client/ApiClient.js';
import { CliError } from '../../src/errors.js';
import { reportError } from '../../src/reportError.js';

const SECRET = 'client-test-secret';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

// A stand-in API answering by path; it checks signatures with the webhook's own verifier.
function startApi(seen: Seen[]): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      const reply = (status: number, payload?: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(payload === undefined ? '' : JSON.stringify(payload));
      };
      if (request.url === '/events') {
        const verdict = verifySignature({
          header: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
          body,
          secrets: [SECRET],
          now: new Date(),
        });
        if (!verdict.ok) return reply(401, { error: verdict.problem, message: verdict.message });
        return reply(201, { results: [{ id: 'ev-1', state: 'UA', duplicate: false }] });
      }
      if (request.url === '/subscriptions') {
        return reply(400, {
          error: 'invalid-request',
          message: 'Invalid input (1 issue)',
          issues: [{ field: 'endpoint', message: 'must be a phone number in E.164 form' }],
        });
      }
      if (request.url === '/subscriptions/sub-1') return reply(204);
      return reply(500, { error: 'internal', message: 'internal error' });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('ApiClient', () => {
  const seen: Seen[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = await startApi(seen);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('signs a webhook request so that the webhook verifier accepts it', async () => {
    const client = new ApiClient({ baseUrl, secret: SECRET });
    const response = await client.send({
      method: 'POST',
      path: '/events',
      body: { state: 'UA' },
      signed: true,
    });
    expect(response).toEqual({ results: [{ id: 'ev-1', state: 'UA', duplicate: false }] });
    expect(seen.at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('turns a refused signature into a failure that says which secret to set', async () => {
    const client = new ApiClient({ baseUrl, secret: 'wrong' });
    const error = await client
      .send({ method: 'POST', path: '/events', body: {}, signed: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error).not.toBeInstanceOf(InvalidInputError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toContain('TREATYWATCH_WEBHOOK_SECRET');
  });

  it('refuses to send a signed request without a secret, as invalid input', async () => {
    const client = new ApiClient({ baseUrl });
    const error = await client
      .send({ method: 'POST', path: '/events', body: {}, signed: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(reportError(error, { write: () => true })).toBe(2);
  });

  it("turns a 400 into invalid input carrying the server's issues per field", async () => {
    const client = new ApiClient({ baseUrl });
    const error = await client
      .send({ method: 'POST', path: '/subscriptions', body: { protocol: 'sms', endpoint: '1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(reportError(error, { write: () => true })).toBe(2);
    expect((error as InvalidInputError).issues).toEqual([
      { field: 'endpoint', message: 'must be a phone number in E.164 form' },
    ]);
  });

  it('sends headers it is given and accepts an empty 204', async () => {
    const client = new ApiClient({ baseUrl });
    const response = await client.send({
      method: 'DELETE',
      path: '/subscriptions/sub-1',
      headers: { 'x-manage-token': 't0k' },
    });
    expect(response).toBeUndefined();
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', headers: { 'x-manage-token': 't0k' } });
  });

  it('says the API cannot be reached when nothing listens', async () => {
    // A port that just closed: nothing listens on it.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = new ApiClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await client.send({ method: 'GET', path: '/status' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/cannot reach the API.*treatywatch dev/);
  });

  it('refuses an --api value that is not an http(s) URL', () => {
    expect(() => new ApiClient({ baseUrl: 'ftp://example.org' })).toThrow(InvalidInputError);
    expect(() => new ApiClient({ baseUrl: 'not a url' })).toThrow(InvalidInputError);
  });
});
