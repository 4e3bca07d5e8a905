import { Readable } from 'node:stream';
import { SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { SnsDirectSmsSender } from '../src/sns/index.js';

/**
 * No SNS emulator implements Publish to a phone number, so the request the
 * SDK builds is the thing to check: a real SNSClient whose HTTP handler
 * records the wire request and answers as SNS does.
 */
function recordingClient() {
  const requests: { body: URLSearchParams; path: string }[] = [];
  const client = new SNSClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: {
      handle: async (request: { body: string; path: string }) => {
        requests.push({ body: new URLSearchParams(request.body), path: request.path });
        const xml =
          '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></PublishResponse>';
        return {
          response: {
            statusCode: 200,
            reason: 'OK',
            headers: { 'content-type': 'text/xml' },
            body: Readable.from([Buffer.from(xml)]),
          },
        };
      },
    },
  });
  return { client, requests };
}

describe('SnsDirectSmsSender', () => {
  it('publishes straight to the phone number as a transactional SMS, never to a topic', async () => {
    const { client, requests } = recordingClient();
    await new SnsDirectSmsSender({ client }).send({
      to: '+447911123456',
      text: 'Treaty Watch code: 123456.',
      purpose: 'verification',
    });
    expect(requests).toHaveLength(1);
    const body = Object.fromEntries(requests[0]?.body ?? []);
    expect(body).toEqual({
      Action: 'Publish',
      Version: '2010-03-31',
      PhoneNumber: '+447911123456',
      Message: 'Treaty Watch code: 123456.',
      'MessageAttributes.entry.1.Name': 'AWS.SNS.SMS.SMSType',
      'MessageAttributes.entry.1.Value.DataType': 'String',
      'MessageAttributes.entry.1.Value.StringValue': 'Transactional',
    });
  });

  it('names the sender when one is configured', async () => {
    const { client, requests } = recordingClient();
    await new SnsDirectSmsSender({ client, senderId: 'TREATYW' }).send({
      to: '+447911123456',
      text: 'x',
      purpose: 'confirmation',
    });
    const body = Object.fromEntries(requests[0]?.body ?? []);
    expect(body['MessageAttributes.entry.2.Name']).toBe('AWS.SNS.SMS.SenderID');
    expect(body['MessageAttributes.entry.2.Value.StringValue']).toBe('TREATYW');
  });
});
