import { InvalidInputError } from '@treatywatch/core';
import { SIGNATURE_HEADER, signRequest } from '@treatywatch/core/signature';
import type { InputIssue } from '@treatywatch/rules';
import { CliError } from '../errors.js';

/** The default API: the local stack of `treatywatch dev`. */
export const DEFAULT_API_URL = 'http://127.0.0.1:8787';

const REQUEST_TIMEOUT_MS = 60_000;

/** Options of an `ApiClient`. */
export interface ApiClientConfig {
  /** Base URL of the API, e.g. `http://127.0.0.1:8787` or the deployed HTTP API's URL. */
  readonly baseUrl: string;
  /** The webhook signing secret (`TREATYWATCH_WEBHOOK_SECRET`); needed for signed requests only. */
  readonly secret?: string;
}

/** A request to the API. */
export interface ApiRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path and query, e.g. `/status/UA`. */
  readonly path: string;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sign the body as the webhook expects. */
  readonly signed?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Talks to Treaty Watch's HTTP API (the local stack or a deployment) with
 * Node's fetch. Webhook requests are signed with `signRequest`, exactly as the
 * webhook checks them. Errors become `CliError`s that say what to do: a 400
 * becomes an `InvalidInputError` listing the server's issues per field.
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly #secret: string | undefined;

  constructor(options: ApiClientConfig) {
    this.baseUrl = normaliseBaseUrl(options.baseUrl);
    this.#secret = options.secret === '' ? undefined : options.secret;
  }

  /** Sends `request` and returns the parsed JSON body of a 2xx response (`undefined` when empty). */
  async send<T>(request: ApiRequest): Promise<T> {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (request.signed) {
      if (this.#secret === undefined) {
        throw new InvalidInputError([{ field: 'TREATYWATCH_WEBHOOK_SECRET', message: 'not set' }], {
          message:
            'TREATYWATCH_WEBHOOK_SECRET is not set: signed requests need the webhook secret (`treatywatch dev` prints it at start)',
        });
      }
      headers[SIGNATURE_HEADER] = signRequest(body ?? '', this.#secret);
    }
    const url = `${this.baseUrl}${request.path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw new CliError(
        `cannot reach the API at ${this.baseUrl} (${reason(error)}); is \`treatywatch dev\` running, or is --api right?`,
        { cause: error },
      );
    }
    const text = await response.text();
    const parsed = parseJson(text);
    if (response.ok) return parsed as T;
    throw responseError(request, response, parsed, text);
  }
}

interface ErrorBody {
  readonly error?: string;
  readonly message?: string;
  readonly issues?: readonly InputIssue[];
}

function responseError(
  request: ApiRequest,
  response: Response,
  parsed: unknown,
  text: string,
): CliError | InvalidInputError {
  const { status } = response;
  const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as ErrorBody;
  const message = body.message ?? (text.trim().slice(0, 200) || `HTTP ${status}`);
  const where = `${request.method} ${request.path.split('?')[0]}`;
  if (status === 400 || status === 413) {
    return new InvalidInputError(body.issues ?? [], {
      message: `the API refused the request (${where}): ${message}`,
    });
  }
  if (status === 429) {
    const after = response.headers.get('retry-after');
    return new CliError(
      `too many requests (${message})${after === null ? '' : `; try again in ${after} s`}`,
    );
  }
  if (status === 410) return new CliError(`${where}: ${message}`);
  if (status === 401) {
    return new CliError(
      `the API refused the signature (${message}); set TREATYWATCH_WEBHOOK_SECRET to the secret the server uses`,
    );
  }
  return new CliError(`${where} failed with HTTP ${status}: ${message}`);
}

function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidInputError([{ field: '--api', message: `not a URL: ${value}` }], {
      message: `--api must be a URL such as ${DEFAULT_API_URL}, got ${JSON.stringify(value)}`,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidInputError(
      [{ field: '--api', message: 'must start with http:// or https://' }],
      {
        message: `--api must be an http(s) URL, got ${JSON.stringify(value)}`,
      },
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function reason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}
