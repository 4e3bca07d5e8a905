import { readFile } from 'node:fs/promises';
import { type TreatyEvent, validateEvents } from '@treatywatch/rules';
import { SeedFileError } from './errors.js';

/**
 * Reads the seed file, a JSON array of raw events as `POST /events` takes
 * them, and returns them validated and normalised.
 *
 * @throws {SeedFileError} when the file cannot be read, is not JSON, or holds
 * an invalid event; the error lists every problem found.
 */
export async function readSeedFile(file: string): Promise<readonly TreatyEvent[]> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SeedFileError(
      `cannot read the seed file ${file}: ${reason}`,
      { file },
      { cause: error },
    );
  }
  const result = validateEvents(input);
  if (!result.ok) {
    throw new SeedFileError(`the seed file ${file} holds invalid events:`, {
      file,
      issues: result.issues,
    });
  }
  return result.events;
}
