import { describe, expect, it } from 'vitest';
import { alertTopicsFromEnvironment } from '../../src/environment/alertTopicsFromEnvironment.js';

const arn = (n: number) => `arn:aws:sns:eu-west-1:123456789012:treatywatch-alerts-${n}`;

describe('alertTopicsFromEnvironment', () => {
  it('reads the shards in order and SNS’s default quota', () => {
    const topics = alertTopicsFromEnvironment({
      ALERT_TOPIC_ARNS: JSON.stringify([arn(0), arn(1)]),
    });
    expect(topics.topicArns).toEqual([arn(0), arn(1)]);
    expect(topics.filterPoliciesPerTopic).toBe(200);
    topics.client.destroy();
  });

  it('reads a raised quota', () => {
    const topics = alertTopicsFromEnvironment({
      ALERT_TOPIC_ARNS: JSON.stringify([arn(0)]),
      FILTER_POLICIES_PER_TOPIC: '500',
    });
    expect(topics.filterPoliciesPerTopic).toBe(500);
    topics.client.destroy();
  });

  it.each([
    [{}, /ALERT_TOPIC_ARNS/],
    [{ ALERT_TOPIC_ARNS: 'arn:aws:sns:eu-west-1:123456789012:a' }, /ALERT_TOPIC_ARNS is not JSON/],
    [{ ALERT_TOPIC_ARNS: '[]' }, /ALERT_TOPIC_ARNS must be a JSON array/],
    [{ ALERT_TOPIC_ARNS: '["not-an-arn"]' }, /ALERT_TOPIC_ARNS must be a JSON array/],
    [
      { ALERT_TOPIC_ARNS: JSON.stringify([arn(0)]), FILTER_POLICIES_PER_TOPIC: '0' },
      /FILTER_POLICIES_PER_TOPIC must be a whole number/,
    ],
    [
      { ALERT_TOPIC_ARNS: JSON.stringify([arn(0)]), FILTER_POLICIES_PER_TOPIC: '2.5' },
      /FILTER_POLICIES_PER_TOPIC/,
    ],
  ])('refuses %j', (env, message) => {
    expect(() => alertTopicsFromEnvironment(env)).toThrow(message);
  });
});
