import type { SignatureProblem } from '@treatywatch/core';

/** Base of the errors raised by the Lambda handlers themselves (core errors come from @treatywatch/core). */
export class FunctionsError extends Error {
  override readonly name: string = 'FunctionsError';
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.context = options.context ?? {};
  }
}

/** A required environment variable is missing or empty: the deployment is wrong. */
export class MissingEnvironmentError extends FunctionsError {
  override readonly name = 'MissingEnvironmentError';
  readonly variable: string;

  constructor(variable: string) {
    super(`environment variable ${variable} is required but not set`, { context: { variable } });
    this.variable = variable;
  }
}

/** An error that is the caller's fault and has its own HTTP status and machine-readable code. */
export class HttpError extends FunctionsError {
  override readonly name: string = 'HttpError';
  readonly statusCode: number;
  readonly code: string;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, options);
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** 401: the request is not signed, or not signed right. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';

  constructor(problem: SignatureProblem, message: string) {
    super(401, problem, message, { context: { problem } });
  }
}

/** 413: the body is larger than the endpoint accepts. */
export class PayloadTooLargeError extends HttpError {
  override readonly name = 'PayloadTooLargeError';

  /** `bytes` is undefined when the body was cut off while it streamed in, its size unknown. */
  constructor(bytes: number | undefined, limit: number) {
    const message =
      bytes === undefined
        ? `request body is larger than the limit of ${limit} bytes`
        : `request body is ${bytes} bytes; the limit is ${limit} bytes`;
    super(413, 'payload-too-large', message, {
      context: { bytes, limit },
    });
  }
}

/** 404: no route has this path. */
export class RouteNotFoundError extends HttpError {
  override readonly name = 'RouteNotFoundError';

  constructor(method: string, path: string) {
    super(404, 'not-found', `no route for ${method} ${path}`, { context: { method, path } });
  }
}

/** 405: the path exists, the method does not. */
export class MethodNotAllowedError extends HttpError {
  override readonly name = 'MethodNotAllowedError';
  readonly allowed: readonly string[];

  constructor(method: string, path: string, allowed: readonly string[]) {
    super(
      405,
      'method-not-allowed',
      `${method} is not allowed on ${path}; use ${allowed.join(', ')}`,
      {
        context: { method, path, allowed },
      },
    );
    this.allowed = allowed;
  }
}

/** One problem with a request, as named in a 400 body. */
export interface RequestIssue {
  readonly field: string;
  readonly message: string;
  readonly index?: number;
  readonly id?: string;
}

/** 400 for a request the handler itself refuses before any use case runs (unparsable JSON, wrong shape). */
export class BadRequestError extends HttpError {
  override readonly name = 'BadRequestError';
  readonly issues: readonly RequestIssue[];

  constructor(issues: readonly RequestIssue[]) {
    super(400, 'invalid-request', issues.map((i) => `${i.field}: ${i.message}`).join('; '), {
      context: { issues },
    });
    this.issues = issues;
  }
}
