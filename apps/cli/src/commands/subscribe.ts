import { createInterface } from 'node:readline/promises';
import { InvalidInputError } from '@treatywatch/core';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import type { ApiClient } from '../client/ApiClient.js';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { SubscribeResponse, VerifyResponse } from '../client/apiResponses.js';
import { addFilterOptions } from '../client/filterOptions.js';
import { colorEnabled } from '../colorEnabled.js';
import { parseReminders } from '../parseReminders.js';

interface SubscribeOptions extends ApiOptionValues {
  readonly email?: string;
  readonly sms?: string;
  readonly https?: string;
  readonly state: string[];
  readonly treaty: string[];
  readonly status: string[];
  readonly reminders?: number[];
  readonly cadence?: string;
  readonly json?: boolean;
}

interface VerifyOptions extends ApiOptionValues {
  readonly code: string;
  readonly json?: boolean;
}

/** Verifies an SMS subscription with its code and prints the manage token. */
async function verify(
  client: ApiClient,
  id: string,
  code: string,
  json: boolean | undefined,
): Promise<void> {
  const response = await client.send<VerifyResponse>({
    method: 'POST',
    path: `/subscriptions/${encodeURIComponent(id)}/verify`,
    body: { code },
  });
  if (json) {
    process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
    return;
  }
  const c = createColors(colorEnabled(process.stdout, process.env));
  process.stdout.write(
    [
      `${c.green('subscribed')} ${response.id} (${response.status})`,
      `  manage token: ${response.manageToken}`,
      `  to change filters or test: treatywatch subscription update|test ${response.id} --token ${response.manageToken}`,
      `  to stop: treatywatch unsubscribe ${response.id} --token ${response.manageToken}`,
    ].join('\n') + '\n',
  );
}

/** Asks for the code on a terminal; `undefined` when there is none to ask on. */
async function promptForCode(): Promise<string | undefined> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return undefined;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question('Code from the SMS: ')).trim();
  } finally {
    prompt.close();
  }
}

/**
 * Registers `treatywatch subscribe --email ADDR | --sms NUMBER | --https URL
 * [--state …] [--treaty …] [--status …] [--reminders 30,7,1] [--cadence
 * daily] [--json] [--api URL]`: subscribes one endpoint to alerts (`POST
 * /subscriptions`), filtered by states, treaties and statuses (each
 * repeatable or comma-separated; none means all, except for SMS, where none
 * means the changes that alter legal effect), with countdown reminders
 * that many days before each effective date, and each change as it happens
 * or a daily or weekly digest. An SMS
 * subscription waits for the 6-digit code sent to the number: asked for on a
 * terminal, or given later with `treatywatch subscribe verify ID --code CODE`.
 * Prints the id and, once it is known, the manage token.
 */
export function registerSubscribe(program: Command): Command {
  const command = addFilterOptions(
    program
      .command('subscribe')
      .description(
        'subscribe an email address, a phone number or an https endpoint to status-change alerts',
      )
      .option('--email <address>', 'send alerts by email (confirmation needed)')
      .option('--sms <number>', 'send alerts by SMS, E.164 number such as +447911123456')
      .option('--https <url>', 'POST alerts as JSON to this https URL'),
  )
    .option(
      '--reminders <days>',
      'remind that many days before each effective date, comma-separated, each 1-365, at most 5 (e.g. 30,7,1)',
      parseReminders,
    )
    .option(
      '--cadence <cadence>',
      'immediate (each change as it happens, the default), daily or weekly (one digest per period)',
    )
    .option('--json', 'print the API response as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ treatywatch subscribe --sms +447911123456 --state UA --state PL --treaty apmbc
  $ treatywatch subscribe --email you@example.org --state PL --reminders 30,7,1 --cadence daily`,
    );
  // `subscribe verify ID --api URL`: options after `verify` are its own, not `subscribe`'s.
  program.enablePositionalOptions();
  command.enablePositionalOptions();
  const verifyCommand = command
    .command('verify')
    .description('activate an SMS subscription with the 6-digit code sent to the number')
    .argument('<id>', 'the subscription id printed by `treatywatch subscribe --sms`')
    .requiredOption('--code <digits>', 'the 6-digit code from the SMS')
    .option('--json', 'print the API response as JSON');
  addApiOption(verifyCommand).action(async (id: string, options: VerifyOptions) => {
    await verify(apiClientFor(options), id, options.code, options.json);
  });
  return addApiOption(command).action(async (options: SubscribeOptions) => {
    const endpoints = (['email', 'sms', 'https'] as const).filter((p) => options[p] !== undefined);
    const protocol = endpoints[0];
    if (endpoints.length !== 1 || protocol === undefined) {
      throw new InvalidInputError(
        [
          {
            field: '--email/--sms/--https',
            message: endpoints.length === 0 ? 'none given' : `got ${endpoints.join(', ')}`,
          },
        ],
        { message: 'give exactly one of --email, --sms or --https' },
      );
    }
    const body = {
      protocol,
      endpoint: options[protocol],
      ...(options.state.length > 0 ? { states: options.state.map((s) => s.toUpperCase()) } : {}),
      ...(options.treaty.length > 0 ? { treaties: options.treaty } : {}),
      ...(options.status.length > 0 ? { statuses: options.status } : {}),
      ...(options.reminders === undefined ? {} : { reminders: options.reminders }),
      ...(options.cadence === undefined ? {} : { cadence: options.cadence }),
    };
    const client = apiClientFor(options);
    const response = await client.send<SubscribeResponse>({
      method: 'POST',
      path: '/subscriptions',
      body,
    });
    if (response.status === 'pending-verification') {
      const code = options.json ? undefined : await promptForCode();
      if (code !== undefined) {
        await verify(client, response.id, code, options.json);
        return;
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        return;
      }
      process.stdout.write(
        `a 6-digit code was sent by SMS (local stack: see the outbox's sms.log); it expires in 10 minutes\n` +
          `  then: treatywatch subscribe verify ${response.id} --code CODE\n`,
      );
      return;
    }
    if (options.json) {
      process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
      return;
    }
    const c = createColors(colorEnabled(process.stdout, process.env));
    const lines = [
      `${c.green('subscribed')} ${response.id} (${response.status})`,
      `  manage token: ${response.manageToken}`,
      `  to change filters or test: treatywatch subscription update|test ${response.id} --token ${response.manageToken}`,
      `  to stop: treatywatch unsubscribe ${response.id} --token ${response.manageToken}`,
    ];
    lines.push(
      '  a confirmation link was sent; alerts start once it is followed (local stack: see the outbox)',
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
