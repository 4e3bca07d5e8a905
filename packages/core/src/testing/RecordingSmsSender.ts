import type { DirectSmsPurpose, DirectSmsSender } from '../ports.js';

/** One SMS a `RecordingSmsSender` sent. */
export interface RecordedSms {
  readonly to: string;
  readonly text: string;
  readonly purpose: DirectSmsPurpose;
}

/** A `DirectSmsSender` that keeps every message, like the local stack's `sms.log`. */
export class RecordingSmsSender implements DirectSmsSender {
  readonly sent: RecordedSms[] = [];

  async send(message: RecordedSms): Promise<void> {
    this.sent.push({ ...message });
  }

  /** The code in the last verification SMS sent to `to`. */
  lastCode(to: string): string {
    const message = this.sent.filter((m) => m.to === to && m.purpose === 'verification').at(-1);
    const code = message?.text.match(/\b(\d{6})\b/)?.[1];
    if (code === undefined) throw new Error(`no code was sent to ${to}`);
    return code;
  }
}
