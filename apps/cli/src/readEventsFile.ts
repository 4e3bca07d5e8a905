import { readFile } from 'node:fs/promises';
import { InvalidInputError } from '@treatywatch/core';
import type { TreatyEvent } from '@treatywatch/rules';
import { validateEvents } from '@treatywatch/rules';

/** U+FEFF, which some editors write at the start of a UTF-8 file. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Reads a JSON file holding an array of raw events (docs/rules.md, "Events")
 * and returns them validated and normalised. A UTF-8 byte-order mark at the
 * start is accepted. The file is a whole history, so a retraction must name
 * an event of the file, of its own state.
 *
 * @throws {InvalidInputError} when the file cannot be read, is not JSON, or
 * holds an invalid event; the error lists every problem found.
 */
export async function readEventsFile(path: string): Promise<readonly TreatyEvent[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidInputError(
      [{ field: '--events', message: `cannot read ${path}: ${reason}` }],
      {
        message: `cannot read events file ${path}: ${reason}`,
        cause: error,
      },
    );
  }

  let input: unknown;
  try {
    input = JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidInputError([{ field: '--events', message: `not valid JSON: ${reason}` }], {
      message: `events file ${path} is not valid JSON: ${reason}`,
      cause: error,
    });
  }

  const result = validateEvents(input, { wholeHistory: true });
  if (!result.ok) {
    const count = result.issues.length;
    throw new InvalidInputError(result.issues, {
      message: `events file ${path} is not valid (${count} ${count === 1 ? 'problem' : 'problems'}):`,
    });
  }
  return result.events;
}
