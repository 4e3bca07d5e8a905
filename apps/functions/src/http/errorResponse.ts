import type { Logger } from '@aws-lambda-powertools/logger';
import {
  CapacityReachedError,
  ForbiddenError,
  GoneError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  TestAlertUnavailableError,
  VersionConflictError,
} from '@treatywatch/core';
import type { InputIssue } from '@treatywatch/rules';
import { HttpError, MethodNotAllowedError } from '../errors.js';
import { jsonResponse } from './jsonResponse.js';

/** When a refused subscriber may try again: adding shards takes an operator and a deployment. */
export const CAPACITY_RETRY_AFTER_SECONDS = 3_600;

function invalidRequest(message: string, issues: readonly InputIssue[]): Response {
  return jsonResponse(400, {
    error: 'invalid-request',
    message,
    issues: issues.map((issue) => ({
      ...(issue.index === undefined ? {} : { index: issue.index }),
      ...(issue.id === undefined ? {} : { id: issue.id }),
      field: issue.field,
      message: issue.message,
    })),
  });
}

/**
 * The one place where errors become HTTP responses. Every body is JSON
 * `{error: <code>, message}`; invalid input adds `issues` naming every bad
 * field. Expected errors are logged at info level; anything else is a bug or an
 * outage: logged with its stack, answered 500 with no detail.
 *
 * | error                  | status |
 * |------------------------|--------|
 * | InvalidInputError      | 400    |
 * | UnauthorizedError      | 401    |
 * | ForbiddenError         | 403    |
 * | NotFoundError, no route| 404    |
 * | wrong method           | 405    |
 * | VersionConflictError, TestAlertUnavailableError | 409 |
 * | GoneError              | 410    |
 * | PayloadTooLargeError   | 413    |
 * | RateLimitedError       | 429, with `Retry-After` |
 * | CapacityReachedError   | 503, with `Retry-After` |
 * | anything else          | 500    |
 */
export function errorResponse(error: unknown, logger: Logger): Response {
  if (error instanceof InvalidInputError) {
    logger.info('invalid request', { issues: error.issues });
    return invalidRequest(error.message, error.issues);
  }
  if (error instanceof HttpError) {
    logger.info('request refused', { code: error.code, message: error.message });
    const headers: Record<string, string> =
      error instanceof MethodNotAllowedError ? { allow: error.allowed.join(', ') } : {};
    return jsonResponse(error.statusCode, { error: error.code, message: error.message }, headers);
  }
  if (error instanceof NotFoundError) {
    logger.info('not found', { message: error.message });
    return jsonResponse(404, { error: 'not-found', message: error.message });
  }
  if (error instanceof ForbiddenError) {
    logger.info('forbidden', { message: error.message });
    return jsonResponse(403, { error: 'forbidden', message: error.message });
  }
  if (error instanceof GoneError) {
    logger.info('gone', { message: error.message });
    return jsonResponse(410, { error: 'gone', message: error.message });
  }
  if (error instanceof RateLimitedError) {
    logger.info('rate limited', { limit: error.context.limit });
    return jsonResponse(
      429,
      { error: 'too-many-requests', message: error.message },
      { 'retry-after': String(error.context.retryAfterSeconds) },
    );
  }
  if (error instanceof CapacityReachedError) {
    // The operator must act (add shards, raise the SNS quota): a warning, and an alarm on its metric.
    logger.warn('subscription capacity reached', { shardCount: error.context.shardCount });
    return jsonResponse(
      503,
      { error: 'capacity-reached', message: error.message },
      { 'retry-after': String(CAPACITY_RETRY_AFTER_SECONDS) },
    );
  }
  if (error instanceof TestAlertUnavailableError) {
    logger.info('test alert unavailable', { shard: error.context.shard });
    return jsonResponse(409, { error: 'test-alert-unavailable', message: error.message });
  }
  if (error instanceof VersionConflictError) {
    logger.warn('version conflict persisted after retries', { error });
    return jsonResponse(409, {
      error: 'conflict',
      message: 'the data changed while the request ran; try again',
    });
  }
  if (error instanceof Error) logger.error('unexpected error', error);
  else logger.error('unexpected error', { error: String(error) });
  return jsonResponse(500, { error: 'internal', message: 'internal error' });
}
