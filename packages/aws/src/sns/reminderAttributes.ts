import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import type { Reminder } from '@treatywatch/rules';
import { MESSAGE_ATTRIBUTES, MESSAGE_KINDS, SMS_TYPE_ATTRIBUTE } from './constants.js';

/**
 * The message attributes of a countdown reminder: `kind: reminder`, its lead
 * days (a String, as the policies of the subscribers who asked for that lead
 * time list it), state and treaty, and the SMS type (transactional).
 *
 * @example
 * reminderAttributes(reminder).leadDays // { DataType: 'String', StringValue: '7' }
 */
export function reminderAttributes(reminder: Reminder): Record<string, MessageAttributeValue> {
  const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
  return {
    [MESSAGE_ATTRIBUTES.kind]: attribute(MESSAGE_KINDS.reminder),
    [MESSAGE_ATTRIBUTES.leadDays]: attribute(String(reminder.leadDays)),
    [MESSAGE_ATTRIBUTES.state]: attribute(reminder.state),
    [MESSAGE_ATTRIBUTES.treaty]: attribute(reminder.treaty),
    [SMS_TYPE_ATTRIBUTE.name]: attribute(SMS_TYPE_ATTRIBUTE.value),
  };
}
