import { InvalidInputError } from '@treatywatch/core';
import { MANAGE_TOKEN_HEADER } from '@treatywatch/core/constants';
import { type Command, Option } from 'commander';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { TestAlertResponse, UpdateSubscriptionResponse } from '../client/apiResponses.js';
import { collectValues } from '../client/collectValues.js';
import { addFilterOptions } from '../client/filterOptions.js';

/** The environment variable a manage token may come from instead of `--token`. */
export const MANAGE_TOKEN_ENV = 'TREATYWATCH_MANAGE_TOKEN';

interface ManageOptions extends ApiOptionValues {
  readonly token?: string;
  readonly json?: boolean;
}

interface UpdateOptions extends ManageOptions {
  readonly state: string[];
  readonly treaty: string[];
  readonly status: string[];
  readonly reminders: string[];
  readonly cadence?: string;
  readonly all?: boolean;
}

/** The manage token from `--token`, else from `TREATYWATCH_MANAGE_TOKEN`. */
function manageToken(options: ManageOptions, env: NodeJS.ProcessEnv = process.env): string {
  const token = options.token ?? env[MANAGE_TOKEN_ENV];
  if (token === undefined || token === '') {
    throw new InvalidInputError(
      [{ field: '--token', message: `none given, nor ${MANAGE_TOKEN_ENV}` }],
      {
        message: `give the manage token with --token or ${MANAGE_TOKEN_ENV}`,
      },
    );
  }
  return token;
}

/** `--token` and `--json`, which both subcommands take. */
function addManageOptions(command: Command): Command {
  return addApiOption(
    command
      .addOption(
        new Option('--token <token>', 'the manage token printed when subscribing').env(
          MANAGE_TOKEN_ENV,
        ),
      )
      .option('--json', 'print the API response as JSON'),
  );
}

/**
 * The preferences `update` sends, which replace the old ones whole: the
 * options given, or every change as it happens with `--all`. A reminder that
 * is not a whole number is sent as given, for the API to name.
 */
function preferencesOf(options: UpdateOptions): Record<string, unknown> {
  const given =
    options.state.length +
      options.treaty.length +
      options.status.length +
      options.reminders.length >
      0 || options.cadence !== undefined;
  if (given === Boolean(options.all)) {
    throw new InvalidInputError(
      [
        {
          field: '--state/--treaty/--status/--reminders/--cadence/--all',
          message: given ? 'preferences and --all together' : 'none given',
        },
      ],
      {
        message:
          'give the preferences to keep (--state, --treaty, --status, --reminders, --cadence) or --all, not both',
      },
    );
  }
  return {
    states: options.state.map((s) => s.toUpperCase()),
    treaties: options.treaty,
    statuses: options.status,
    reminders: options.reminders.map((day) => (/^\d{1,4}$/.test(day) ? Number(day) : day)),
    ...(options.cadence === undefined ? {} : { cadence: options.cadence }),
  };
}

/**
 * Registers `treatywatch subscription update ID (--state … --treaty …
 * --status … --reminders 30,7,1 --cadence daily | --all)` and `treatywatch
 * subscription test ID`, each with the manage token in `--token` or
 * `TREATYWATCH_MANAGE_TOKEN`: `update` replaces the subscription's
 * preferences whole (`PATCH /subscriptions/{id}`; the filter options are
 * `subscribe`'s), `test` sends it one test alert (`POST
 * /subscriptions/{id}/test`, at most one an hour).
 */
export function registerSubscription(program: Command): Command {
  const command = program
    .command('subscription')
    .description('manage a subscription with its manage token: change its preferences, test it');
  command.enablePositionalOptions();
  const update = addFilterOptions(
    command
      .command('update')
      .description(
        'replace the preferences of a subscription: filters, reminders, cadence (--all: every change, as it happens)',
      )
      .argument('<id>', 'the subscription id printed when subscribing'),
  )
    .option(
      '--reminders <days>',
      'remind this many days before each effective date followed (repeatable, or comma-separated; at most 5, each 1-365)',
      collectValues,
      [],
    )
    .option('--cadence <cadence>', 'immediate (default), daily or weekly digests')
    .option('--all', 'alerts about every change, as they happen: clears the preferences')
    .addHelpText(
      'after',
      `
Example:
  $ TREATYWATCH_MANAGE_TOKEN=… treatywatch subscription update sub-… --state UA,PL --treaty apmbc --reminders 30,7,1 --cadence daily`,
    );
  addManageOptions(update).action(async (id: string, options: UpdateOptions) => {
    const body = preferencesOf(options);
    const response = await apiClientFor(options).send<UpdateSubscriptionResponse>({
      method: 'PATCH',
      path: `/subscriptions/${encodeURIComponent(id)}`,
      headers: { [MANAGE_TOKEN_HEADER]: manageToken(options) },
      body,
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
      return;
    }
    const { states, treaties, statuses, reminders, cadence } = response.filter;
    const list = (values: readonly unknown[] | undefined, none = 'all') =>
      values && values.length > 0 ? values.join(', ') : none;
    process.stdout.write(
      `Updated ${response.id}: states ${list(states)}; treaties ${list(treaties)}; statuses ${list(statuses)}; reminders ${list(reminders, 'none')}${reminders?.length ? ' days before' : ''}; ${cadence ?? 'immediate'}.\n`,
    );
  });
  const test = command
    .command('test')
    .description('send one test alert to this subscription alone (at most one an hour)')
    .argument('<id>', 'the subscription id printed when subscribing');
  addManageOptions(test).action(async (id: string, options: ManageOptions) => {
    const response = await apiClientFor(options).send<TestAlertResponse>({
      method: 'POST',
      path: `/subscriptions/${encodeURIComponent(id)}/test`,
      headers: { [MANAGE_TOKEN_HEADER]: manageToken(options) },
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
      return;
    }
    process.stdout.write(
      `A test alert is on its way to ${response.id} alone (an email subscription receives it once confirmed).\n`,
    );
  });
  return command;
}
