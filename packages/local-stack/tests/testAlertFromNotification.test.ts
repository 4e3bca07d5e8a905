import { testAlertMessages } from '@treatywatch/core';
import { describe, expect, it } from 'vitest';
import { testAlertFromNotification } from '../src/subscribers/testAlertFromNotification.js';

const envelope = (attributes: Record<string, string>, message: string) =>
  JSON.stringify({
    Type: 'Notification',
    MessageId: 'm-1',
    Subject: 'Treaty Watch: test alert (nothing changed)',
    Message: message,
    MessageAttributes: Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [k, { Type: 'String', Value: v }]),
    ),
  });

describe('testAlertFromNotification', () => {
  it('reads a test alert with its per-protocol texts', () => {
    const messages = testAlertMessages('sub-1');
    const body = envelope(
      { kind: 'test', subscription: 'sub-1' },
      JSON.stringify({ default: messages.default, email: messages.email, sms: messages.sms }),
    );
    expect(testAlertFromNotification(body)).toEqual({ messageId: 'm-1', messages });
  });

  it('is undefined for anything that is not a test alert', () => {
    expect(testAlertFromNotification(envelope({ state: 'UA' }, '{}'))).toBeUndefined();
    expect(testAlertFromNotification(envelope({ kind: 'alert' }, '{}'))).toBeUndefined();
  });
});
