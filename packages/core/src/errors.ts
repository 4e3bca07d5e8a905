import type { InputIssue } from '@treatywatch/rules';

/**
 * Errors of the use cases. Each sets `name`, keeps `cause` and carries typed
 * `context`; the functions turn them into HTTP responses in one place.
 */

/** Base class of every error thrown by `@treatywatch/core`, its adapters and the Lambda functions. */
export class TreatyWatchError<
  C extends Record<string, unknown> = Record<string, unknown>,
> extends Error {
  /** Typed details of what went wrong. */
  readonly context: C;

  constructor(message: string, context: C, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TreatyWatchError';
    this.context = context;
  }
}

/**
 * The input was rejected; `issues` lists every problem found, and nothing was
 * written. The one error for bad input at every layer: use cases, the HTTP API
 * (400) and the CLI (exit code 2). `message` defaults to a summary of the issues.
 */
export class InvalidInputError extends TreatyWatchError<{ issues: readonly InputIssue[] }> {
  readonly issues: readonly InputIssue[];

  constructor(
    issues: readonly InputIssue[],
    options: { readonly message?: string; readonly cause?: unknown } = {},
  ) {
    super(options.message ?? describeIssues(issues), { issues }, { cause: options.cause });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

function describeIssues(issues: readonly InputIssue[]): string {
  const lines = issues.map((issue) => {
    const where = issue.index === undefined ? '' : `[${issue.index}] `;
    return `${where}${issue.field}: ${issue.message}`;
  });
  return `Invalid input (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}): ${lines.join('; ')}`;
}

/** Another writer changed the item since it was read (optimistic concurrency). */
export class VersionConflictError extends TreatyWatchError<{
  key: string;
  expectedVersion: number;
}> {
  constructor(key: string, expectedVersion: number, options?: { cause?: unknown }) {
    super(
      `${key} is no longer at version ${expectedVersion}: another writer changed it`,
      { key, expectedVersion },
      options,
    );
    this.name = 'VersionConflictError';
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends TreatyWatchError<{ what: string; id: string }> {
  constructor(what: string, id: string) {
    super(`No ${what} with id ${JSON.stringify(id)}`, { what, id });
    this.name = 'NotFoundError';
  }
}

/** The caller may not do this (e.g. a wrong manage token). */
export class ForbiddenError extends TreatyWatchError<{ what: string; id: string }> {
  constructor(what: string, id: string, reason: string) {
    super(`Not allowed on ${what} ${JSON.stringify(id)}: ${reason}`, { what, id });
    this.name = 'ForbiddenError';
  }
}

/** The thing existed but can no longer be used: a voided, expired or already used one-time code. */
export class GoneError extends TreatyWatchError<{ what: string; id: string }> {
  constructor(what: string, id: string, reason: string) {
    super(`The ${what} ${JSON.stringify(id)} can no longer be used: ${reason}`, { what, id });
    this.name = 'GoneError';
  }
}

/** Which abuse limit refused a request. */
export type LimitName = 'source-ip' | 'endpoint' | 'verification-sms-budget' | 'test-alert';

/** A request over an abuse limit; `retryAfterSeconds` says when the window reopens. */
export class RateLimitedError extends TreatyWatchError<{
  limit: LimitName;
  retryAfterSeconds: number;
}> {
  constructor(limit: LimitName, retryAfterSeconds: number) {
    super(`Too many requests (${limit} limit); try again in ${retryAfterSeconds} s`, {
      limit,
      retryAfterSeconds,
    });
    this.name = 'RateLimitedError';
  }
}

/**
 * The channel refused a filter policy on a shard: its topic holds as many as
 * SNS allows (`FilterPolicyLimitExceeded`). Placement marks the shard full
 * and tries the next one.
 */
export class ShardFullError extends TreatyWatchError<{ shard: number }> {
  constructor(shard: number, options?: { cause?: unknown }) {
    super(
      `Alert topic shard ${shard} holds as many filter policies as SNS allows`,
      { shard },
      options,
    );
    this.name = 'ShardFullError';
  }
}

/** What an operator reads when no shard has room for another subscription. */
export const CAPACITY_REACHED_MESSAGE =
  'subscription capacity reached; the operator can add shards';

/**
 * No alert topic has room for another filter policy: the service is full
 * until the operator adds shards (or raises the SNS quota), or a filtered
 * subscription ends. Answered 503, counted and alarmed; never a 500.
 */
export class CapacityReachedError extends TreatyWatchError<{ shardCount: number }> {
  constructor(shardCount: number) {
    super(CAPACITY_REACHED_MESSAGE, { shardCount });
    this.name = 'CapacityReachedError';
  }
}

/**
 * A test alert cannot be sent to this subscription alone: it would go out on
 * its alert topic, where some subscription has no filter policy (one made
 * before every subscription had one) and would receive it too. Nothing was
 * sent; answered 409.
 */
export class TestAlertUnavailableError extends TreatyWatchError<{ id: string; shard: number }> {
  constructor(id: string, shard: number) {
    super(
      'a test alert cannot reach this subscription alone yet: its alert topic holds subscriptions without a filter policy',
      { id, shard },
    );
    this.name = 'TestAlertUnavailableError';
  }
}
