import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway self-signed certificate for IP 127.0.0.1 (valid one day), made by the `openssl` CLI. */
async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'treatywatch-bench-certificate-'));
  try {
    const keyPath = join(directory, 'key.pem');
    const certPath = join(directory, 'cert.pem');
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
      certPath,
    ]);
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/**
 * A real https server on 127.0.0.1 standing for the endpoints of https
 * subscribers: it answers every request `204` and keeps, per path, the
 * `Date.now()` at which each request's body had arrived. Its certificate is
 * self-signed and trusted by this process only while the sink runs
 * (`tls.setDefaultCACertificates`), so the local stack's outbox, in this
 * process, posts to it as to any public endpoint.
 */
export class HttpsSink {
  /** `https://127.0.0.1:<port>` */
  readonly origin: string;
  readonly #arrivals: Map<string, number[]>;
  readonly #stop: () => Promise<void>;

  private constructor(origin: string, arrivals: Map<string, number[]>, stop: () => Promise<void>) {
    this.origin = origin;
    this.#arrivals = arrivals;
    this.#stop = stop;
  }

  /** Starts the sink on a free port and trusts its certificate in this process. */
  static async start(): Promise<HttpsSink> {
    const { key, cert } = await selfSignedCertificate();
    const arrivals = new Map<string, number[]>();
    const server = createServer({ key, cert }, (request, response) => {
      request.resume();
      request.on('end', () => {
        const path = request.url ?? '';
        const times = arrivals.get(path) ?? [];
        times.push(Date.now());
        arrivals.set(path, times);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const trusted = getCACertificates('default');
    setDefaultCACertificates([...trusted, cert]);
    const { port } = server.address() as AddressInfo;
    return new HttpsSink(`https://127.0.0.1:${port}`, arrivals, async () => {
      setDefaultCACertificates(trusted);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  }

  /** When each request to `path` arrived (epoch milliseconds), oldest first; empty if none. */
  arrivals(path: string): readonly number[] {
    return this.#arrivals.get(path) ?? [];
  }

  /** Every path that received at least one request. */
  paths(): readonly string[] {
    return [...this.#arrivals.keys()];
  }

  /** Stops the server and trusts the certificate no longer. */
  stop(): Promise<void> {
    return this.#stop();
  }
}
