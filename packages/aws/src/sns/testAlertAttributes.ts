import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import { MESSAGE_ATTRIBUTES, MESSAGE_KINDS, SMS_TYPE_ATTRIBUTE } from './constants.js';

/**
 * The message attributes of a test alert: `kind: test` and the subscription
 * id it is addressed to, the pair that only that subscription's filter
 * policy matches (its `$or` branch for messages addressed to it alone), and
 * the SMS type (transactional).
 *
 * @example
 * testAlertAttributes('sub-1').subscription // { DataType: 'String', StringValue: 'sub-1' }
 */
export function testAlertAttributes(subscriptionId: string): Record<string, MessageAttributeValue> {
  const attribute = (value: string) => ({ DataType: 'String', StringValue: value });
  return {
    [MESSAGE_ATTRIBUTES.kind]: attribute(MESSAGE_KINDS.test),
    [MESSAGE_ATTRIBUTES.subscription]: attribute(subscriptionId),
    [SMS_TYPE_ATTRIBUTE.name]: attribute(SMS_TYPE_ATTRIBUTE.value),
  };
}
