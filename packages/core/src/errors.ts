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
