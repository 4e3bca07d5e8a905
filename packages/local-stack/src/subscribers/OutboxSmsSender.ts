import type { DirectSmsPurpose, DirectSmsSender } from '@treatywatch/core';
import type { Outbox } from './Outbox.js';

/**
 * The local stack's `DirectSmsSender`: one-time codes and confirmations land
 * in the outbox's `sms.log` like every other SMS, where a person or a test
 * reads them. (No SNS emulator implements Publish to a phone number.)
 */
export class OutboxSmsSender implements DirectSmsSender {
  readonly #outbox: Outbox;

  constructor(outbox: Outbox) {
    this.#outbox = outbox;
  }

  async send(message: { to: string; text: string; purpose: DirectSmsPurpose }): Promise<void> {
    await this.#outbox.sms(message.to, message.text);
  }
}
