import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A request an `HttpsSink` answered. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** A real https server on 127.0.0.1, with a throwaway self-signed certificate. */
export interface HttpsSink {
  /** `https://127.0.0.1:<port>` */
  readonly origin: string;
  /** The certificate (PEM file) a client must trust, e.g. through `NODE_EXTRA_CA_CERTS`. */
  readonly certificatePath: string;
  readonly received: readonly ReceivedRequest[];
  /** Stops the server and deletes the certificate and its key. */
  stop(): Promise<void>;
}

/**
 * Generates a self-signed certificate for IP 127.0.0.1 (valid one day) with
 * the `openssl` CLI, and starts a node:https server with it on a free port of
 * 127.0.0.1 that answers every request `204` and keeps it in `received`.
 */
export async function startHttpsSink(): Promise<HttpsSink> {
  const directory = await mkdtemp(join(tmpdir(), 'treatywatch-https-sink-'));
  const keyPath = join(directory, 'key.pem');
  const certificatePath = join(directory, 'cert.pem');
  // Flags as in `openssl-req(1)`; `-addext` needs OpenSSL 1.1.1 or later.
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
    '-days',
    '1',
    '-keyout',
    keyPath,
    '-out',
    certificatePath,
  ]);
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(
    { key: await readFile(keyPath), cert: await readFile(certificatePath) },
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        response.writeHead(204).end();
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    certificatePath,
    received,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(directory, { recursive: true, force: true });
    },
  };
}
