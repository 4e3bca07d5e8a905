import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Undoes quoted-printable (RFC 2045): soft line breaks and `=XX` bytes. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/**
 * Waits for the local stack's confirmation email to `to` in the outbox and
 * returns the confirmation link it carries.
 */
export async function confirmationLink(
  outbox: string,
  to: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(outbox).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.eml'))) {
      const raw = await readFile(join(outbox, name), 'latin1');
      const message = /^content-transfer-encoding:\s*quoted-printable/im.test(raw)
        ? decodeQuotedPrintable(raw)
        : Buffer.from(raw, 'latin1').toString('utf8');
      if (!message.includes(to)) continue;
      const link = /https?:\/\/\S+\/confirm\?\S+/.exec(message)?.[0];
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`no confirmation email to ${to} in ${outbox}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
