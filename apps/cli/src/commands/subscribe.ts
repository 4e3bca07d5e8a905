import { InvalidInputError } from '@treatywatch/core';
import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { SubscribeResponse } from '../client/apiResponses.js';
import { collectValues } from '../client/collectValues.js';
import { colorEnabled } from '../colorEnabled.js';

interface SubscribeOptions extends ApiOptionValues {
  readonly email?: string;
  readonly sms?: string;
  readonly https?: string;
  readonly state: string[];
  readonly treaty: string[];
  readonly status: string[];
  readonly json?: boolean;
}

/**
 * Registers `treatywatch subscribe --email ADDR | --sms NUMBER | --https URL
 * [--state …] [--treaty …] [--status …] [--json] [--api URL]`: subscribes one
 * endpoint to alerts (`POST /subscriptions`), filtered by states, treaties and
 * statuses (each repeatable or comma-separated; none means all), and prints
 * the id and manage token needed to unsubscribe.
 */
export function registerSubscribe(program: Command): Command {
  const command = program
    .command('subscribe')
    .description(
      'subscribe an email address, a phone number or an https endpoint to status-change alerts',
    )
    .option('--email <address>', 'send alerts by email (confirmation needed)')
    .option('--sms <number>', 'send alerts by SMS, E.164 number such as +447911123456')
    .option('--https <url>', 'POST alerts as JSON to this https URL')
    .option(
      '--state <code>',
      'only alerts about this state (repeatable, or comma-separated)',
      collectValues,
      [],
    )
    .option(
      '--treaty <id>',
      'only alerts about this treaty (repeatable, or comma-separated)',
      collectValues,
      [],
    )
    .option(
      '--status <status>',
      'only alerts moving to this status (repeatable, or comma-separated)',
      collectValues,
      [],
    )
    .option('--json', 'print the API response as JSON')
    .addHelpText(
      'after',
      `
Example:
  $ treatywatch subscribe --sms +447911123456 --state UA --state PL --treaty apmbc`,
    );
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
    };
    const response = await apiClientFor(options).send<SubscribeResponse>({
      method: 'POST',
      path: '/subscriptions',
      body,
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
      return;
    }
    const c = createColors(colorEnabled(process.stdout, process.env));
    const lines = [
      `${c.green('subscribed')} ${response.id} (${response.status})`,
      `  manage token: ${response.manageToken}`,
      `  to stop: treatywatch unsubscribe ${response.id} --token ${response.manageToken}`,
    ];
    if (response.status === 'pending-confirmation') {
      lines.push(
        '  a confirmation link was sent; alerts start once it is followed (local stack: see the outbox)',
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
