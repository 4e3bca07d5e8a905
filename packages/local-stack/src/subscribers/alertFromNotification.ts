import { parseStatusChange } from '@treatywatch/core';
import type { ChangeMessages, StatusChange } from '@treatywatch/rules';
import { changeMessages } from '@treatywatch/rules';

/** An alert read from a subscriber's queue: the change and its texts per protocol. */
export interface Alert {
  readonly change: StatusChange;
  readonly messages: ChangeMessages;
}

interface SnsEnvelope {
  readonly Type?: string;
  readonly Subject?: string | null;
  readonly Message?: string;
}

/**
 * Reads the SNS notification an SQS subscriber receives. Real SNS hands an
 * SQS subscriber the `default` text of a `MessageStructure: json` message (the
 * change as JSON); the emulator hands over the whole structure. Both are
 * accepted: the per-protocol texts are taken from the structure when present,
 * else rendered from the change with the rules package, as SNS would have.
 *
 * @throws when the body is not an SNS notification carrying a status change.
 */
export function alertFromNotification(body: string): Alert {
  const envelope = JSON.parse(body) as SnsEnvelope;
  if (envelope.Type !== 'Notification' || typeof envelope.Message !== 'string') {
    throw new Error('not an SNS notification');
  }
  const message = JSON.parse(envelope.Message) as unknown;
  const structure = perProtocolTexts(message);
  const change = parseStatusChange(structure ? JSON.parse(structure.default) : message);
  const rendered = changeMessages(change);
  return {
    change,
    messages: {
      subject: envelope.Subject ?? rendered.subject,
      email: structure?.email ?? rendered.email,
      sms: structure?.sms ?? rendered.sms,
      default: structure?.default ?? rendered.default,
    },
  };
}

type Structure = { default: string; email?: string; sms?: string };

function perProtocolTexts(message: unknown): Structure | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const candidate = message as Record<string, unknown>;
  if (typeof candidate.default !== 'string') return undefined;
  const text = (key: string) =>
    typeof candidate[key] === 'string' ? (candidate[key] as string) : undefined;
  const email = text('email');
  const sms = text('sms');
  return { default: candidate.default, ...(email ? { email } : {}), ...(sms ? { sms } : {}) };
}
