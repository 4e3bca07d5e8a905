// The `treatywatch` command line. Each command lives in `commands/` and is
// registered here with one line.
import { Command } from 'commander';
import packageJson from '../package.json' with { type: 'json' };
import { registerAssess } from './commands/assess.js';
import { registerDev } from './commands/dev.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerEvent } from './commands/event.js';
import { registerImport } from './commands/import.js';
import { registerStatus } from './commands/status.js';
import { registerSubscribe } from './commands/subscribe.js';
import { registerSubscription } from './commands/subscription.js';
import { registerUnsubscribe } from './commands/unsubscribe.js';
import { reportError } from './reportError.js';

const program = new Command('treatywatch')
  .description(
    "Treaty Watch: tracks states' withdrawals from international treaties and computes their legal status from dated, sourced events.",
  )
  .version(packageJson.version, '-V, --version', 'print the version')
  .helpOption('-h, --help', 'show help for a command')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerAssess(program);
registerDev(program);
registerEvent(program);
registerImport(program);
registerEvaluate(program);
registerStatus(program);
registerSubscribe(program);
registerSubscription(program);
registerUnsubscribe(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error, process.stderr);
}
