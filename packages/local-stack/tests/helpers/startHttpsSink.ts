import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCertificate } from './testCertificate.js';

/** A request an `HttpsSink` answered. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** A real https server on 127.0.0.1. */
export interface HttpsSink {
  /** `https://127.0.0.1:<port>` */
  readonly origin: string;
  readonly received: readonly ReceivedRequest[];
  stop(): Promise<void>;
}

/**
 * Starts a node:https server with `certificate` (see `testCertificate`, which
 * the test process trusts) on a free port of 127.0.0.1; it answers every
 * request `204` and keeps it in `received`.
 */
export async function startHttpsSink(certificate: TestCertificate): Promise<HttpsSink> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(
    { key: await readFile(certificate.keyPath), cert: await readFile(certificate.certificatePath) },
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
    received,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
