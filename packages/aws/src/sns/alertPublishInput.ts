import type { MessageAttributeValue, PublishCommandInput } from '@aws-sdk/client-sns';
import type { ChangeMessages } from '@treatywatch/rules';
import { emailSubject } from './emailSubject.js';

/**
 * The `Publish` input of one message on an alert topic: a per-protocol body
 * (`MessageStructure: json`, with `default`, `email` and `sms` texts), a
 * subject for email, and the attributes subscribers' filter policies match
 * on. Every kind of message (a change, a test alert, …) is published in this
 * shape, so subscribers of every protocol read them alike.
 */
export function alertPublishInput(
  topicArn: string,
  messages: ChangeMessages,
  attributes: Record<string, MessageAttributeValue>,
): PublishCommandInput {
  return {
    TopicArn: topicArn,
    MessageStructure: 'json',
    Message: JSON.stringify({
      default: messages.default,
      email: messages.email,
      sms: messages.sms,
    }),
    Subject: emailSubject(messages.subject),
    MessageAttributes: attributes,
  };
}
