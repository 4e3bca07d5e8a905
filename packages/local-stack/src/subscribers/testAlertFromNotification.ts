import type { ChangeMessages } from '@treatywatch/rules';

/** A test alert read from a subscriber's queue: its message id and its texts per protocol. */
export interface TestAlert {
  readonly messageId: string;
  readonly messages: ChangeMessages;
}

interface SnsEnvelope {
  readonly Type?: string;
  readonly MessageId?: string;
  readonly Subject?: string | null;
  readonly Message?: string;
  readonly MessageAttributes?: Record<string, { readonly Value?: string }>;
}

/**
 * The test alert an SNS notification carries, or `undefined` when it is not
 * one (its `kind` attribute is not `test`): a test alert carries no status
 * change, only its texts (`MessageStructure: json`, as the channel publishes
 * it; a plain message is taken as the text for every protocol).
 *
 * @throws when the body is not JSON.
 */
export function testAlertFromNotification(body: string): TestAlert | undefined {
  const envelope = JSON.parse(body) as SnsEnvelope;
  if (envelope.MessageAttributes?.kind?.Value !== 'test') return undefined;
  const raw = envelope.Message ?? '';
  let structure: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed === 'object' && parsed !== null)
      structure = parsed as Record<string, unknown>;
  } catch {
    // A plain text message.
  }
  const text = (key: string) => (typeof structure[key] === 'string' ? structure[key] : raw);
  return {
    messageId: envelope.MessageId ?? '',
    messages: {
      subject: envelope.Subject ?? 'Treaty Watch: test alert',
      email: text('email'),
      sms: text('sms'),
      default: text('default'),
    },
  };
}
