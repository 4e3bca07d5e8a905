import { MANAGE_TOKEN_HEADER } from '@treatywatch/core/constants';
import type { Command } from 'commander';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';

interface UnsubscribeOptions extends ApiOptionValues {
  readonly token: string;
}

/**
 * Registers `treatywatch unsubscribe ID --token TOKEN [--api URL]`: removes a
 * subscription (`DELETE /subscriptions/{id}`) with the manage token
 * `subscribe` printed.
 */
export function registerUnsubscribe(program: Command): Command {
  const command = program
    .command('unsubscribe')
    .description('remove a subscription with its manage token')
    .argument('<id>', 'the subscription id printed by `treatywatch subscribe`')
    .requiredOption('--token <token>', 'the manage token printed by `treatywatch subscribe`');
  return addApiOption(command).action(async (id: string, options: UnsubscribeOptions) => {
    await apiClientFor(options).send<undefined>({
      method: 'DELETE',
      path: `/subscriptions/${encodeURIComponent(id)}`,
      headers: { [MANAGE_TOKEN_HEADER]: options.token },
    });
    process.stdout.write(`Unsubscribed ${id}: no more alerts will be sent to it.\n`);
  });
}
