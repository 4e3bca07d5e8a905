import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { maskEndpoint } from '@treatywatch/core';
import { createTransport, type Transporter } from 'nodemailer';
import { composeEmail } from './composeEmail.js';

/** An email for a local subscriber. */
export interface OutboxEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Options of an `Outbox`. */
export interface OutboxOptions {
  /** The directory alerts are written to. */
  readonly directory: string;
  /** `smtp://user:pass@host:port` (`TREATYWATCH_SMTP_URL`): emails are also sent there. */
  readonly smtpUrl?: string;
  /** The From address of emails. */
  readonly from?: string;
}

/** Name of the SMS log in the outbox. */
export const SMS_LOG = 'sms.log';

const DEFAULT_FROM = 'Treaty Watch <alerts@treatywatch.invalid>';
const HTTPS_TIMEOUT_MS = 10_000;

/**
 * Where the local stack delivers alerts: one RFC 5322 `.eml` file per email
 * (and the same message by SMTP when configured), one line per SMS in
 * `sms.log` (`<ISO time> <masked number> <text>`), and a JSON POST per https
 * endpoint.
 */
export class Outbox {
  readonly directory: string;
  readonly #from: string;
  readonly #smtp: Transporter | undefined;

  constructor(options: OutboxOptions) {
    this.directory = options.directory;
    this.#from = options.from ?? DEFAULT_FROM;
    this.#smtp = options.smtpUrl ? createTransport(options.smtpUrl) : undefined;
  }

  /**
   * Sends the email by SMTP when configured, then writes it to
   * `<time>-<id>.eml`; returns the file's path. The file comes after the send,
   * so a send that fails (and is retried by the caller) leaves no file behind
   * and the outbox holds one file per email.
   */
  async email(email: OutboxEmail, now = new Date()): Promise<string> {
    const raw = composeEmail({ from: this.#from, ...email, date: now });
    if (this.#smtp)
      await this.#smtp.sendMail({ envelope: { from: this.#from, to: email.to }, raw });
    await mkdir(this.directory, { recursive: true });
    const name = `${now.toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
    const path = join(this.directory, name);
    await writeFile(path, raw);
    return path;
  }

  /** Appends one line to `sms.log`; the number is masked, the text kept on one line. */
  async sms(number: string, text: string, now = new Date()): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const line = `${now.toISOString()} ${maskEndpoint('sms', number)} ${text.replace(/\s+/g, ' ').trim()}\n`;
    await appendFile(join(this.directory, SMS_LOG), line);
  }

  /** POSTs `body` (JSON) to an https endpoint; throws unless it answers 2xx. */
  async post(url: string, body: string): Promise<void> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      signal: AbortSignal.timeout(HTTPS_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${maskEndpoint('https', url)} answered ${response.status}`);
  }

  /** Closes the SMTP connection pool, if any. */
  close(): void {
    this.#smtp?.close();
  }
}
