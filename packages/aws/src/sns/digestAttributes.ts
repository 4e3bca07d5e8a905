import type { MessageAttributeValue } from '@aws-sdk/client-sns';
import type { Digest } from '@treatywatch/rules';
import { MESSAGE_ATTRIBUTES, MESSAGE_KINDS, SMS_TYPE_ATTRIBUTE } from './constants.js';

/** The distinct values, in order of first appearance, as a `String.Array` attribute. */
function stringArray(values: readonly string[]): MessageAttributeValue {
  return { DataType: 'String.Array', StringValue: JSON.stringify([...new Set(values)]) };
}

/**
 * The message attributes of a digest: `kind: digest`, its cadence, and the
 * distinct states, treaties and statuses of its changes as `String.Array`
 * attributes, which an SNS filter policy matches when any element matches
 * (so a subscriber filtering on Poland gets every digest with a change of
 * Poland's), and the SMS type (transactional).
 *
 * @example
 * digestAttributes(digest).state // { DataType: 'String.Array', StringValue: '["PL","FI"]' }
 */
export function digestAttributes(digest: Digest): Record<string, MessageAttributeValue> {
  return {
    [MESSAGE_ATTRIBUTES.kind]: { DataType: 'String', StringValue: MESSAGE_KINDS.digest },
    [MESSAGE_ATTRIBUTES.cadence]: { DataType: 'String', StringValue: digest.cadence },
    [MESSAGE_ATTRIBUTES.state]: stringArray(digest.changes.map((c) => c.state)),
    [MESSAGE_ATTRIBUTES.treaty]: stringArray(digest.changes.map((c) => c.treaty)),
    [MESSAGE_ATTRIBUTES.status]: stringArray(digest.changes.map((c) => c.status)),
    [SMS_TYPE_ATTRIBUTE.name]: { DataType: 'String', StringValue: SMS_TYPE_ATTRIBUTE.value },
  };
}
