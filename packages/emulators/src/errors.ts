/** Base class of the errors raised while starting or stopping a local service. */
export class EmulatorError extends Error {
  override readonly name: string = 'EmulatorError';
  readonly context: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    options: { cause?: unknown; context?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.context = options.context ?? {};
  }
}

/** `java` is not on the PATH, or is older than DynamoDB Local needs. */
export class JavaUnavailableError extends EmulatorError {
  override readonly name = 'JavaUnavailableError';
}

/** A service did not come up, or came up and died. */
export class EmulatorStartError extends EmulatorError {
  override readonly name = 'EmulatorStartError';
}
