import type { ChangeMessages } from '@treatywatch/rules';

/**
 * The texts of a test alert, clearly marked as a test in every form: the
 * email subject and body, the SMS, and the JSON an https endpoint receives
 * (`{"kind": "test", "subscription": id, "message": …}`, where an alert
 * carries a status change).
 *
 * @example
 * testAlertMessages('sub-1').sms // 'Treaty Watch TEST alert: nothing changed. …'
 */
export function testAlertMessages(subscriptionId: string): ChangeMessages {
  const message =
    'This is a test alert you asked for. No treaty status changed. Real alerts reach this subscription the same way.';
  return {
    subject: 'Treaty Watch: test alert (nothing changed)',
    email: [
      'TEST ALERT: nothing has changed.',
      '',
      'You asked Treaty Watch to send a test message to this subscription, and here it is.',
      'When a status you follow changes, the alert will arrive here the same way.',
      '',
      'You need not do anything.',
    ].join('\n'),
    sms: 'Treaty Watch TEST alert: nothing changed. Your subscription works; real alerts arrive here the same way.',
    default: JSON.stringify({ kind: 'test', subscription: subscriptionId, message }),
  };
}
