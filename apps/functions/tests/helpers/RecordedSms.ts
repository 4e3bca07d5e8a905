import type { DirectSmsPurpose, DirectSmsSender } from '@treatywatch/core';

/** The SMS the api would send, kept in order; no emulator implements Publish to a phone number. */
export class RecordedSms implements DirectSmsSender {
  readonly sent: { to: string; text: string; purpose: DirectSmsPurpose }[] = [];

  async send(message: { to: string; text: string; purpose: DirectSmsPurpose }): Promise<void> {
    this.sent.push({ ...message });
  }

  /** Every SMS sent to `to`. */
  sentTo(to: string): { to: string; text: string; purpose: DirectSmsPurpose }[] {
    return this.sent.filter((message) => message.to === to);
  }

  /** The code in the last verification SMS sent to `to`. */
  code(to: string): string {
    const text = this.sentTo(to)
      .filter((m) => m.purpose === 'verification')
      .at(-1)?.text;
    return text?.match(/\b(\d{6})\b/)?.[1] ?? '';
  }
}
