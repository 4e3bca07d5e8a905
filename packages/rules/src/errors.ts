import { SMS_SITE_URL_MAX_LENGTH } from './constants.js';

/**
 * Programmer errors of the rules package. Business outcomes (an invalid
 * event, a suspended withdrawal) are returned values, never thrown.
 */

/** Base class of every error thrown by `@treatywatch/rules`. */
export class RulesError<C extends Record<string, unknown> = Record<string, unknown>> extends Error {
  /** Typed details of what went wrong. */
  readonly context: C;

  constructor(message: string, context: C, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RulesError';
    this.context = context;
  }
}

/** A treaty id that is not in the catalog was passed where a known one is required. */
export class UnknownTreatyError extends RulesError<{ treaty: string }> {
  constructor(treaty: string) {
    super(`Unknown treaty: ${JSON.stringify(treaty)}`, { treaty });
    this.name = 'UnknownTreatyError';
  }
}

/** A string that is not a real `YYYY-MM-DD` date was passed where one is required. */
export class InvalidDateError extends RulesError<{ value: string }> {
  constructor(value: string) {
    super(`Not a YYYY-MM-DD civil date: ${JSON.stringify(value)}`, { value });
    this.name = 'InvalidDateError';
  }
}

/** A date computed from a valid one would fall after 9999-12-31, which `YYYY-MM-DD` cannot write. */
export class DateOutOfRangeError extends RulesError<{ date: string; period: string }> {
  constructor(date: string, period: { amount: number; unit: string }) {
    const words = `${period.amount} ${period.unit}`;
    super(`${date} plus ${words} falls after 9999-12-31`, { date, period: words });
    this.name = 'DateOutOfRangeError';
  }
}

/** Events of several states were passed where one state's events are required. */
export class MixedStatesError extends RulesError<{ expected: string; found: string }> {
  constructor(expected: string, found: string) {
    super(`Events of one state expected: found ${found} among ${expected}`, { expected, found });
    this.name = 'MixedStatesError';
  }
}

/** Two assessments of different states or treaties were compared. */
export class MismatchedAssessmentsError extends RulesError<{ previous: string; next: string }> {
  constructor(previous: string, next: string) {
    super(`Cannot diff assessments of different pairs: ${previous} vs ${next}`, { previous, next });
    this.name = 'MismatchedAssessmentsError';
  }
}

/** A site URL that cannot start the short link of an SMS (see `SMS_SITE_URL_MAX_LENGTH`). */
export class InvalidSiteUrlError extends RulesError<{ length: number }> {
  constructor(length: number) {
    super(
      `The site URL must be an http(s) origin of at most ${SMS_SITE_URL_MAX_LENGTH} GSM-7 characters, such as https://watch.example.org (got ${length} characters)`,
      { length },
    );
    this.name = 'InvalidSiteUrlError';
  }
}
