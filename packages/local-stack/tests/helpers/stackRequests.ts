import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SIGNATURE_HEADER, signRequest } from '@treatywatch/core';

/** An answer of the local stack's HTTP API: status, headers and the parsed JSON body. */
export interface StackAnswer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the API answered.
  readonly body: any;
}

/** POSTs `payload` as JSON to `baseUrl + path`, signed with `secret` when one is given. */
export async function postJson(
  baseUrl: string,
  path: string,
  payload: unknown,
  secret?: string,
): Promise<StackAnswer> {
  const body = JSON.stringify(payload);
  return request(baseUrl, 'POST', path, {
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { [SIGNATURE_HEADER]: signRequest(body, secret) }),
    },
    body,
  });
}

/** Sends one request to `baseUrl + path` and reads its JSON answer (`{}` when empty). */
export async function request(
  baseUrl: string,
  method: string,
  path: string,
  init: RequestInit = {},
): Promise<StackAnswer> {
  const response = await fetch(`${baseUrl}${path}`, { method, ...init });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

/** The lines of the outbox's `sms.log` in `outboxDir` (none before the first SMS). */
export async function smsLines(outboxDir: string): Promise<string[]> {
  const text = await readFile(join(outboxDir, 'sms.log'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '');
}

/** New Zealand announcing its withdrawal from the Ottawa Convention: a state no seed records. */
export const NZ_ANNOUNCED = {
  state: 'NZ',
  type: 'withdrawal-announced',
  treaty: 'apmbc',
  date: '2025-07-01',
  source: 'https://example.org/nz-announced',
} as const;
