import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { DirectSmsPurpose, DirectSmsSender } from '@treatywatch/core';

/** Options of {@link SnsDirectSmsSender}. */
export interface SnsDirectSmsSenderOptions {
  readonly client: SNSClient;
  /** Alphanumeric sender id, where the destination country supports one. */
  readonly senderId?: string;
}

/**
 * Sends an SMS straight to a phone number with SNS `Publish` (`PhoneNumber`,
 * never through the alerts topic), as a transactional message: one-time
 * codes and confirmations must arrive even where promotional SMS are
 * filtered or throttled.
 */
export class SnsDirectSmsSender implements DirectSmsSender {
  readonly #options: SnsDirectSmsSenderOptions;

  constructor(options: SnsDirectSmsSenderOptions) {
    this.#options = options;
  }

  #command(message: { to: string; text: string; purpose: DirectSmsPurpose }): PublishCommand {
    const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
    return new PublishCommand({
      PhoneNumber: message.to,
      Message: message.text,
      MessageAttributes: {
        'AWS.SNS.SMS.SMSType': attribute('Transactional'),
        ...(this.#options.senderId === undefined
          ? {}
          : { 'AWS.SNS.SMS.SenderID': attribute(this.#options.senderId) }),
      },
    });
  }

  async send(message: { to: string; text: string; purpose: DirectSmsPurpose }): Promise<void> {
    await this.#options.client.send(this.#command(message));
  }
}
