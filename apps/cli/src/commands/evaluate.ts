import type { Command } from 'commander';
import { createColors } from 'picocolors';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { EvaluateResponse } from '../client/apiResponses.js';
import { colorEnabled } from '../colorEnabled.js';

/**
 * Registers `treatywatch evaluate [STATE] [--api URL]`: asks the signed
 * webhook (`POST /evaluate`) to evaluate one state, or every state, today,
 * and prints the status changes it wrote.
 */
export function registerEvaluate(program: Command): Command {
  const command = program
    .command('evaluate')
    .description('evaluate one state (or every state) now and print the status changes')
    .argument('[state]', 'ISO 3166-1 alpha-2 code of the state; every state when absent');
  return addApiOption(command).action(
    async (state: string | undefined, options: ApiOptionValues) => {
      const response = await apiClientFor(options).send<EvaluateResponse>({
        method: 'POST',
        path: '/evaluate',
        body: state === undefined ? {} : { state: state.toUpperCase() },
        signed: true,
      });
      const c = createColors(colorEnabled(process.stdout, process.env));
      const scope =
        state === undefined
          ? `${response.states ?? 0} state(s)`
          : (response.state ?? state.toUpperCase());
      const count = response.changes.length;
      process.stdout.write(
        `Evaluated ${scope} as of ${response.asOf}: ${count} status ${count === 1 ? 'change' : 'changes'}\n`,
      );
      for (const change of response.changes) {
        process.stdout.write(
          `  ${change.state} ${change.treaty}: ${change.previousStatus ?? '(none)'} → ${c.bold(change.status)}${
            change.since ? ` since ${change.since}` : ''
          }\n`,
        );
      }
    },
  );
}
