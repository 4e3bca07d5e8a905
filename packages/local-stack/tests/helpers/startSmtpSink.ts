import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message an `SmtpSink` accepted: the envelope and the raw RFC 5322 text. */
export interface ReceivedMail {
  readonly from: string | undefined;
  readonly to: readonly string[];
  readonly raw: string;
}

/** Options of `startSmtpSink`. */
export interface SmtpSinkOptions {
  /** Messages this returns true for are answered with a temporary failure (451) and not kept. */
  readonly refuse?: (mail: ReceivedMail) => boolean;
}

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts. */
export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, as `TREATYWATCH_SMTP_URL` takes it. */
  readonly url: string;
  readonly received: readonly ReceivedMail[];
  stop(): Promise<void>;
}

/**
 * Starts an SMTP server (the `smtp-server` package) on a free port of
 * 127.0.0.1: plain text, no STARTTLS, authentication optional, every message
 * accepted and kept in `received` unless `refuse` turns it away.
 */
export function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope;
        const mail: ReceivedMail = {
          from: mailFrom === false ? undefined : mailFrom.address,
          to: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        if (options.refuse?.(mail)) {
          callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          return;
        }
        received.push(mail);
        callback();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
