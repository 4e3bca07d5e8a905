import { type SignatureProblem, TreatyWatchError } from '@treatywatch/core';

/** Base of the errors raised by the Lambda handlers themselves, on the project's one base class. */
export class FunctionsError extends TreatyWatchError {
  override readonly name: string = 'FunctionsError';
}

/** A required environment variable is missing or empty: the deployment is wrong. */
export class MissingEnvironmentError extends FunctionsError {
  override readonly name = 'MissingEnvironmentError';
  readonly variable: string;

  constructor(variable: string) {
    super(`environment variable ${variable} is required but not set`, { variable });
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
    context: Record<string, unknown> = {},
  ) {
    super(message, context);
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** 401: the request is not signed, or not signed right. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';

  constructor(problem: SignatureProblem, message: string) {
    super(401, problem, message, { problem });
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
    super(413, 'payload-too-large', message, { bytes, limit });
  }
}

/** 404: no route has this path. */
export class RouteNotFoundError extends HttpError {
  override readonly name = 'RouteNotFoundError';

  constructor(method: string, path: string) {
    super(404, 'not-found', `no route for ${method} ${path}`, { method, path });
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
      { method, path, allowed },
    );
    this.allowed = allowed;
  }
}
