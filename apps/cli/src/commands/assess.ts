import { todayUtc } from '@treatywatch/rules';
import type { Command } from 'commander';
import { assessAll } from '../assessAll.js';
import { colorEnabled } from '../colorEnabled.js';
import { parseAsOf } from '../parseAsOf.js';
import { readEventsFile } from '../readEventsFile.js';
import { toAssessRecord } from './assessRecord.js';
import { formatAssessTable } from './assessTable.js';

interface AssessOptions {
  readonly events: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/**
 * Registers `treatywatch assess --events FILE [--as-of YYYY-MM-DD] [--json]`:
 * assesses every (state, treaty) pair that has a treaty event in FILE and
 * prints a table, or with `--json` exactly a JSON array of assessments.
 * Invalid input throws `InvalidInputError` before anything is printed.
 */
export function registerAssess(program: Command): Command {
  return program
    .command('assess')
    .description(
      "assess every state's status towards each treaty it has an event for, from a file of events",
    )
    .requiredOption(
      '--events <file>',
      'JSON file holding an array of events (see data/events.json)',
    )
    .option('--as-of <date>', 'assess as of this day, YYYY-MM-DD (default: today, UTC)')
    .option(
      '--json',
      'print a JSON array of {state, treaty, status, since, effectiveOn, nextReviewOn, explanation}',
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 success, 2 invalid input (unreadable file, bad JSON, invalid event, bad --as-of).

Example:
  $ treatywatch assess --events data/events.json --as-of 2026-01-15 --json`,
    )
    .action(async (options: AssessOptions) => {
      const asOf = options.asOf === undefined ? todayUtc() : parseAsOf(options.asOf);
      const events = await readEventsFile(options.events);
      const assessments = assessAll(events, asOf);
      const output = options.json
        ? `${JSON.stringify(assessments.map(toAssessRecord), null, 2)}\n`
        : formatAssessTable(assessments, {
            asOf,
            color: colorEnabled(process.stdout, process.env),
          });
      process.stdout.write(output);
    });
}
