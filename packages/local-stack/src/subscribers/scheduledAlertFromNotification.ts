import type { ChangeMessages } from '@treatywatch/rules';

/** A countdown reminder or a digest read from a subscriber's queue. */
export interface ScheduledAlert {
  readonly kind: 'reminder' | 'digest';
  /** The reminder's or digest's own id (one per state, treaty, date and lead days; one per period). */
  readonly id: string;
  readonly messages: ChangeMessages;
  /** Its message attributes as delivered: name → value (a `String.Array` as its JSON text). */
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

interface SnsEnvelope {
  readonly MessageId?: string;
  readonly Subject?: string | null;
  readonly Message?: string;
  readonly MessageAttributes?: Record<string, { readonly Value?: string }>;
}

/**
 * The countdown reminder or digest an SNS notification carries (the sweep
 * publishes them with `kind` `reminder` or `digest`), or `undefined` when it
 * is neither. Its texts come from the `MessageStructure: json` structure the
 * notifier publishes; its id from the JSON `default` text.
 *
 * @throws when the body or the message is not JSON.
 */
export function scheduledAlertFromNotification(body: string): ScheduledAlert | undefined {
  const envelope = JSON.parse(body) as SnsEnvelope;
  const kind = envelope.MessageAttributes?.kind?.Value;
  if (kind !== 'reminder' && kind !== 'digest') return undefined;
  const structure = JSON.parse(envelope.Message ?? '{}') as Record<string, unknown>;
  const text = (key: string) => (typeof structure[key] === 'string' ? structure[key] : '');
  const parsed = JSON.parse(text('default') || '{}') as { id?: unknown };
  return {
    kind,
    attributes: Object.fromEntries(
      Object.entries(envelope.MessageAttributes ?? {}).map(([name, { Value }]) => [name, Value]),
    ),
    id: typeof parsed.id === 'string' ? parsed.id : (envelope.MessageId ?? ''),
    messages: {
      subject: envelope.Subject ?? `Treaty Watch ${kind}`,
      email: text('email'),
      sms: text('sms'),
      default: text('default'),
    },
  };
}
