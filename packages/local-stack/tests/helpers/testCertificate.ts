import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);

/** A self-signed certificate for IP 127.0.0.1, as PEM files. */
export interface TestCertificate {
  readonly keyPath: string;
  readonly certificatePath: string;
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The certificate every test process of this package trusts (`NODE_EXTRA_CA_CERTS`). */
    testCertificate: TestCertificate;
  }
}

/**
 * Vitest global setup: generates a throwaway self-signed certificate for IP
 * 127.0.0.1 (valid one day) with the `openssl` CLI and has the test processes
 * trust it, as they would a private CA's. Node reads `NODE_EXTRA_CA_CERTS`
 * only when a process starts, so it is set here, before the test processes
 * are forked, and not in a test: the local stack's https deliveries then reach
 * an https sink in the same process.
 */
export default async function setup({
  provide,
}: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const directory = await mkdtemp(join(tmpdir(), 'treatywatch-test-certificate-'));
  const certificate: TestCertificate = {
    keyPath: join(directory, 'key.pem'),
    certificatePath: join(directory, 'cert.pem'),
  };
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
    certificate.keyPath,
    '-out',
    certificate.certificatePath,
  ]);
  process.env.NODE_EXTRA_CA_CERTS = certificate.certificatePath;
  provide('testCertificate', certificate);
  return () => rm(directory, { recursive: true, force: true });
}
