import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { RecordEventsResponse } from '../client/apiResponses.js';
import { colorEnabled } from '../colorEnabled.js';

interface EventAddOptions extends ApiOptionValues {
  readonly state: string;
  readonly type: string;
  readonly treaty?: string;
  readonly date: string;
  readonly source: string;
  readonly note?: string;
  readonly id?: string;
  readonly effectiveDate?: string;
  readonly retracts?: string;
  readonly objector?: string;
}

/**
 * Registers `treatywatch event add --state UA --type … --treaty … --date … --source … [--note …]
 * [--id …] [--effective-date …] [--retracts …] [--objector …] [--api URL]`: records one event
 * through the signed webhook (`POST /events`). The server validates it and
 * answers every bad field, printed one per line (exit code 2).
 */
export function registerEvent(program: Command): Command {
  const event = program.command('event').description('record facts through the signed webhook');
  const add = event
    .command('add')
    .description('record one event (a dated, sourced fact about a state)')
    .requiredOption('--state <code>', 'ISO 3166-1 alpha-2 code of the state, e.g. UA')
    .requiredOption('--type <type>', 'event type, e.g. withdrawal-notified, armed-conflict-began')
    .option(
      '--treaty <id>',
      'treaty id or alias, e.g. apmbc or ottawa (not for armed-conflict-* and event-retracted)',
    )
    .requiredOption('--date <date>', 'the day it happened, YYYY-MM-DD')
    .requiredOption('--source <url>', 'http(s) URL of the source')
    .option('--note <text>', 'free text')
    .option('--id <id>', 'idempotency key (default: derived from the content)')
    .option(
      '--effective-date <date>',
      'withdrawal-notified only: a later date named in the instrument',
    )
    .option('--retracts <id>', 'event-retracted only: the id of the event that no longer counts')
    .option('--objector <code>', 'objection-lodged only: the objecting state')
    .addHelpText(
      'after',
      `
Signed with TREATYWATCH_WEBHOOK_SECRET. Exit codes: 0 recorded (or already recorded), 2 invalid input, 1 failure.

Example:
  $ treatywatch event add --state UA --type withdrawal-announced --treaty apmbc \\
      --date 2025-06-29 --source https://www.president.gov.ua/documents/4252025-55553`,
    );
  addApiOption(add).action(async (options: EventAddOptions) => {
    const raw = {
      ...(options.id === undefined ? {} : { id: options.id }),
      state: options.state.toUpperCase(),
      type: options.type,
      ...(options.treaty === undefined ? {} : { treaty: options.treaty }),
      date: options.date,
      ...(options.effectiveDate === undefined ? {} : { effectiveDate: options.effectiveDate }),
      ...(options.retracts === undefined ? {} : { retracts: options.retracts }),
      ...(options.objector === undefined ? {} : { objector: options.objector.toUpperCase() }),
      source: options.source,
      ...(options.note === undefined ? {} : { note: options.note }),
    };
    const response = await apiClientFor(options).send<RecordEventsResponse>({
      method: 'POST',
      path: '/events',
      body: raw,
      signed: true,
    });
    const c = createColors(colorEnabled(process.stdout, process.env));
    for (const result of response.results) {
      process.stdout.write(
        result.duplicate
          ? `${c.yellow('already recorded')} ${result.id} (${result.state})\n`
          : `${c.green('recorded')} ${result.id} (${result.state}); its state is evaluated from the stream\n`,
      );
    }
  });
  return event;
}
