import { InvalidInputError } from '@treatywatch/core';
import type { InputIssue } from '@treatywatch/rules';
import { CommanderError } from 'commander';
import { CliError } from './errors.js';

/** Exit code for unusable input: a command line commander could not parse, a bad option value, an invalid file. */
const USAGE_EXIT_CODE = 2;

/**
 * Writes what went wrong to `stderr`, in words a user can act on, and returns
 * the exit code to end with: 2 for invalid input and usage errors, 0 after
 * `--help` or `--version`, 1 for anything unexpected (with its stack).
 */
export function reportError(error: unknown, stderr: { write(text: string): unknown }): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help text).
    return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
  }
  if (error instanceof InvalidInputError) {
    stderr.write(`treatywatch: ${error.message}\n`);
    for (const issue of error.issues) stderr.write(`  ${describeIssue(issue)}\n`);
    return USAGE_EXIT_CODE;
  }
  if (error instanceof CliError) {
    stderr.write(`treatywatch: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`treatywatch: unexpected error: ${detail}\n`);
  return 1;
}

// e.g. `event 3 (id "ua-apmbc-decree-2025-06-29"), field "date": not a calendar date`
function describeIssue(issue: InputIssue): string {
  const where = [
    // Rules reports a problem with the input as a whole (not an array) at index -1.
    issue.index === undefined || issue.index < 0 ? null : `event ${issue.index}`,
    issue.id === undefined ? null : `(id ${JSON.stringify(issue.id)})`,
  ]
    .filter((part) => part !== null)
    .join(' ');
  const field = `field ${JSON.stringify(issue.field)}`;
  const location = [where, field].filter((part) => part !== '').join(', ');
  return location === '' ? issue.message : `${location}: ${issue.message}`;
}
