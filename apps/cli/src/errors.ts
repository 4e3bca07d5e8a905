/**
 * Base class of the errors the CLI reports to its user. `exitCode` is the
 * process exit code the error ends the command with.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
  }
}

/** One problem with the input, located as precisely as it can be. */
export interface InputIssue {
  /** Position of the event in the input array, when the problem is one event's (negative: the whole input). */
  readonly index?: number;
  /** The event's `id`, when it had one. */
  readonly id?: string;
  /** The field at fault, e.g. `date`, `--as-of`. */
  readonly field?: string;
  readonly message: string;
}

/**
 * The user's input cannot be used: an unreadable file, bad JSON, an invalid
 * event or a bad option value. Ends the command with exit code 2.
 */
export class InvalidInputError extends CliError {
  override readonly name: string = 'InvalidInputError';
  readonly issues: readonly InputIssue[];

  constructor(
    message: string,
    issues: readonly InputIssue[] = [],
    options: { cause?: unknown } = {},
  ) {
    super(message, { exitCode: 2, cause: options.cause });
    this.issues = issues;
  }
}
