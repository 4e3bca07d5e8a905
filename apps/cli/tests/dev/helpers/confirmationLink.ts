import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from './waitFor.js';

/**
 * Waits for the local stack's confirmation email to `to` in the outbox (one
 * `.eml` file per email, plain-text body) and returns the link it carries.
 */
export function confirmationLink(outbox: string, to: string, deadlineMs: number): Promise<string> {
  return waitFor(
    async () => {
      const names = await readdir(outbox).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.eml'))) {
        const message = await readFile(join(outbox, name), 'utf8');
        if (!message.includes(`\r\nTo: ${to}\r\n`)) continue;
        const link = /https?:\/\/\S+\/confirm\?\S+/.exec(message)?.[0];
        if (link) return link;
      }
      return undefined;
    },
    deadlineMs,
    `the confirmation email to ${to} in ${outbox}`,
  );
}
