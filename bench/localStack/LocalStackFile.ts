import { readFileSync } from 'node:fs';

/**
 * What a running `treatywatch dev` says about itself in its stack file
 * (`.treatywatch/stack.json` in its working directory, or `stack.json` in its
 * data directory; the banner names it).
 */
export interface LocalStackFile {
  readonly apiUrl: string;
  readonly dynamodbEndpoint: string;
  /** The SNS/SQS emulator: one endpoint for both. */
  readonly snsEndpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly tableName: string;
  readonly topicArn: string;
  readonly pid: number;
}

/** Reads and checks the stack file at `path`; throws when a field is missing. */
export function readLocalStackFile(path: string): LocalStackFile {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LocalStackFile>;
  for (const field of ['apiUrl', 'snsEndpoint', 'region', 'topicArn'] as const) {
    if (typeof parsed[field] !== 'string') throw new Error(`${path} has no ${field}`);
  }
  if (parsed.credentials === undefined) throw new Error(`${path} has no credentials`);
  return parsed as LocalStackFile;
}
