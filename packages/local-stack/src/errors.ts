import type { InputIssue } from '@treatywatch/rules';

/** Base class of the errors raised while starting or running the local stack. */
export class LocalStackError extends Error {
  override readonly name: string = 'LocalStackError';
}

/**
 * The seed file cannot be used: unreadable, not JSON, or holding an invalid
 * event. Nothing of it is recorded; `issues` names each bad event and field.
 */
export class SeedFileError extends LocalStackError {
  override readonly name = 'SeedFileError';
  readonly file: string;
  readonly issues: readonly InputIssue[];

  constructor(
    message: string,
    context: { readonly file: string; readonly issues?: readonly InputIssue[] },
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.file = context.file;
    this.issues = context.issues ?? [];
  }
}
