import { MAX_EVENTS_PER_REQUEST } from '@treatywatch/core/constants';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type ApiOptionValues, addApiOption, apiClientFor } from '../client/apiClientOption.js';
import type { RecordEventsResponse } from '../client/apiResponses.js';
import { readEventsFile } from '../readEventsFile.js';

/**
 * Registers `treatywatch import FILE [--api URL]`: validates every event of
 * FILE first (nothing is sent when one is invalid), then records them through
 * the signed webhook in batches of 100, with a progress bar on a terminal.
 */
export function registerImport(program: Command): Command {
  const command = program
    .command('import')
    .description('record every event of a JSON file through the signed webhook, in batches of 100')
    .argument('<file>', 'JSON file holding an array of events (see data/events.json)');
  return addApiOption(command).action(async (file: string, options: ApiOptionValues) => {
    const events = await readEventsFile(file);
    const client = apiClientFor(options);
    const batchSize = MAX_EVENTS_PER_REQUEST;
    const bar = process.stderr.isTTY
      ? new SingleBar({
          stream: process.stderr,
          format: 'importing [{bar}] {value}/{total} events',
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
    bar?.start(events.length, 0);
    let recorded = 0;
    let duplicates = 0;
    try {
      for (let start = 0; start < events.length; start += batchSize) {
        const batch = events.slice(start, start + batchSize);
        const { results } = await client.send<RecordEventsResponse>({
          method: 'POST',
          path: '/events',
          body: batch,
          signed: true,
        });
        for (const result of results) {
          if (result.duplicate) duplicates += 1;
          else recorded += 1;
        }
        const done = start + batch.length;
        if (bar) bar.update(done);
        else process.stderr.write(`imported ${done}/${events.length} events\n`);
      }
    } finally {
      bar?.stop();
    }
    process.stdout.write(
      `Imported ${events.length} events from ${file}: ${recorded} recorded, ${duplicates} already recorded\n`,
    );
  });
}
