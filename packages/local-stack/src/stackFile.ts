import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * What a running local stack (`startLocalStack`, `treatywatch dev`) writes to its stack file, so that tools
 * (the benchmarks, the AWS CLI, a script) can reach the same services:
 *
 * @example
 * ```sh
 * aws dynamodb list-tables --region us-east-1 \
 *   --endpoint-url "$(jq -r .dynamodbEndpoint .treatywatch/stack.json)"
 * ```
 */
export interface StackDescription {
  /** Base URL of the HTTP API. */
  readonly apiUrl: string;
  /** DynamoDB Local. */
  readonly dynamodbEndpoint: string;
  /** The SNS/SQS emulator (fauxqs): one endpoint serves both. */
  readonly snsEndpoint: string;
  readonly region: string;
  /** The emulators accept any; these are the ones the stack uses. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly tableName: string;
  /** Shard 0's alert topic; every alert goes to every shard, so a queue subscribed to it sees them all. */
  readonly topicArn: string;
  /** Every alert topic, one per shard, shard 0 first. */
  readonly topicArns: readonly string[];
  /** Filter policies one alert topic may hold. */
  readonly filterPoliciesPerTopic: number;
  /** The process running the stack. */
  readonly pid: number;
}

/**
 * Writes `description` as JSON to `path`, creating its directory. The file
 * appears whole (written aside, then renamed), since its appearance is what
 * a tool waiting for the stack watches for.
 */
export async function writeStackFile(path: string, description: StackDescription): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.tmp`;
  await writeFile(aside, `${JSON.stringify(description, null, 2)}\n`);
  await rename(aside, path);
}

/** Removes the stack file; a missing one is fine. */
export async function removeStackFile(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** Reads the stack file at `path`, as a tool beside the running stack does; throws naming a missing field. */
export function readStackFile(path: string): StackDescription {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<StackDescription>;
  for (const field of [
    'apiUrl',
    'dynamodbEndpoint',
    'snsEndpoint',
    'region',
    'tableName',
    'topicArn',
  ] as const) {
    if (typeof parsed[field] !== 'string') throw new Error(`${path} has no ${field}`);
  }
  if (parsed.credentials === undefined) throw new Error(`${path} has no credentials`);
  if (!Array.isArray(parsed.topicArns)) throw new Error(`${path} has no topicArns`);
  return parsed as StackDescription;
}
