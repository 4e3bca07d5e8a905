import type { Command } from 'commander';
import { collectValues } from './collectValues.js';

/**
 * Adds the filter options `subscribe` and `subscription update` share:
 * `--state`, `--treaty` and `--status`, each repeatable or comma-separated,
 * collected into `states`, `treaties` and `statuses` lists.
 */
export function addFilterOptions(command: Command): Command {
  return command
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
    );
}
